<?php
/**
 * Mallfunktioner med microformats2-markering.
 *
 * @package Indie
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! function_exists( 'indie_site_hcard' ) ) :
	/**
	 * Webbplatsens h-card (sidhuvud och sidfot).
	 *
	 * @param string $context 'header' eller 'footer'.
	 */
	function indie_site_hcard( $context = 'header' ) {
		$name        = get_bloginfo( 'name' );
		$description = get_bloginfo( 'description', 'display' );
		$home        = home_url( '/' );
		$is_header   = ( 'header' === $context );

		printf( '<div class="%s h-card">', $is_header ? 'site-branding' : 'site-card' );

		if ( $is_header && has_custom_logo() ) {
			// get_custom_logo() ger bilden klassen u-logo (se functions.php).
			echo get_custom_logo(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		} elseif ( has_site_icon() ) {
			printf(
				'<img class="u-photo site-icon" src="%1$s" alt="" width="%2$d" height="%2$d">',
				esc_url( get_site_icon_url( $is_header ? 96 : 64 ) ),
				$is_header ? 48 : 32
			);
		}

		echo '<div class="site-card-text">';

		if ( $is_header ) {
			$title_tag = ( is_front_page() && is_home() ) ? 'h1' : 'p';
			printf(
				'<%1$s class="site-title"><a class="p-name u-url u-uid" href="%2$s" rel="home">%3$s</a></%1$s>',
				$title_tag, // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				esc_url( $home ),
				esc_html( $name )
			);
		} else {
			printf(
				'<a class="p-name u-url site-card-name" href="%1$s" rel="home">%2$s</a>',
				esc_url( $home ),
				esc_html( $name )
			);
		}

		if ( $description ) {
			printf(
				'<p class="p-note site-description">%s</p>',
				esc_html( $description )
			);
		}

		echo '</div></div>';
	}
endif;

if ( ! function_exists( 'indie_author_hcard' ) ) :
	/**
	 * Inläggets författare som p-author h-card.
	 *
	 * @param int $avatar_size Storlek på u-photo.
	 */
	function indie_author_hcard( $avatar_size = 40 ) {
		$author_id = (int) get_the_author_meta( 'ID' );
		if ( ! $author_id ) {
			return;
		}

		$name   = get_the_author();
		$avatar = get_avatar(
			$author_id,
			$avatar_size,
			'',
			$name,
			array( 'class' => 'u-photo author-photo' )
		);

		printf(
			'<span class="p-author h-card">%1$s<a class="u-url p-name" href="%2$s" rel="author">%3$s</a></span>',
			$avatar ? $avatar : '', // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			esc_url( get_author_posts_url( $author_id ) ),
			esc_html( $name )
		);
	}
endif;

if ( ! function_exists( 'indie_posted_on' ) ) :
	/**
	 * Datum som permalänk: u-url u-uid runt dt-published, samt dt-updated.
	 */
	function indie_posted_on() {
		$published_ts = (int) get_the_time( 'U' );
		$modified_ts  = max( (int) get_the_modified_time( 'U' ), $published_ts );
		$updated_iso  = ( $modified_ts > $published_ts ) ? get_the_modified_date( DATE_W3C ) : get_the_date( DATE_W3C );

		printf(
			'<a class="u-url u-uid entry-permalink" href="%1$s" rel="bookmark"><time class="dt-published" datetime="%2$s">%3$s</time></a>',
			esc_url( get_permalink() ),
			esc_attr( get_the_date( DATE_W3C ) ),
			esc_html( get_the_date() )
		);

		// Synlig uppdateringsrad bara om inlägget ändrats en senare dag.
		if ( wp_date( 'Y-m-d', $modified_ts ) !== wp_date( 'Y-m-d', $published_ts ) ) {
			printf(
				' <span class="updated-on">%s</span>',
				sprintf(
					/* translators: %s: datum då inlägget senast uppdaterades. */
					esc_html__( 'uppdaterat %s', 'indie' ),
					sprintf(
						'<time class="dt-updated" datetime="%1$s">%2$s</time>',
						esc_attr( $updated_iso ),
						esc_html( get_the_modified_date() )
					)
				)
			);
		} else {
			printf(
				'<time class="dt-updated" datetime="%1$s" hidden>%2$s</time>',
				esc_attr( $updated_iso ),
				esc_html( get_the_modified_date() )
			);
		}
	}
endif;

if ( ! function_exists( 'indie_entry_byline' ) ) :
	/**
	 * Rad under rubriken: format, författare (h-card), datum (permalänk), kommentarslänk.
	 */
	function indie_entry_byline() {
		echo '<div class="entry-byline">';

		$format = get_post_format();
		if ( $format ) {
			printf(
				'<a class="post-format-label" href="%1$s">%2$s</a> ',
				esc_url( get_post_format_link( $format ) ),
				esc_html( get_post_format_string( $format ) )
			);
		}

		echo '<span class="byline">';
		/* translators: före författarens namn, t.ex. "av Anna". */
		echo esc_html_x( 'av', 'byline', 'indie' ) . ' ';
		indie_author_hcard();
		echo '</span> <span class="sep" aria-hidden="true">&middot;</span> <span class="posted-on">';
		indie_posted_on();
		echo '</span>';

		if ( ! is_singular() ) {
			indie_comments_link();
		}

		echo '</div>';
	}
endif;

if ( ! function_exists( 'indie_entry_terms' ) ) :
	/**
	 * Kategorier och etiketter som p-category-länkar.
	 */
	function indie_entry_terms() {
		if ( 'post' !== get_post_type() ) {
			return;
		}

		$categories = get_the_category();
		$tags       = get_the_tags();

		if ( empty( $categories ) && empty( $tags ) ) {
			return;
		}

		echo '<div class="entry-terms">';

		if ( ! empty( $categories ) ) {
			$links = array();
			foreach ( $categories as $category ) {
				$links[] = sprintf(
					'<a class="p-category" href="%1$s" rel="category tag">%2$s</a>',
					esc_url( get_category_link( $category->term_id ) ),
					esc_html( $category->name )
				);
			}
			printf(
				'<p class="cat-links"><span class="terms-label">%1$s</span> %2$s</p>',
				esc_html__( 'Kategorier:', 'indie' ),
				implode( '<span class="term-sep">, </span>', $links ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			);
		}

		if ( ! empty( $tags ) && ! is_wp_error( $tags ) ) {
			$links = array();
			foreach ( $tags as $tag ) {
				$links[] = sprintf(
					'<a class="p-category" href="%1$s" rel="tag">%2$s</a>',
					esc_url( get_tag_link( $tag->term_id ) ),
					esc_html( $tag->name )
				);
			}
			printf(
				'<p class="tag-links"><span class="terms-label">%1$s</span> %2$s</p>',
				esc_html__( 'Etiketter:', 'indie' ),
				implode( ' ', $links ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			);
		}

		echo '</div>';
	}
endif;

if ( ! function_exists( 'indie_comments_link' ) ) :
	/**
	 * Antal svar i listningar.
	 */
	function indie_comments_link() {
		if ( post_password_required() || ( ! comments_open() && ! get_comments_number() ) ) {
			return;
		}

		echo ' <span class="sep" aria-hidden="true">&middot;</span> <span class="comments-link">';
		comments_popup_link(
			esc_html__( 'Kommentera', 'indie' ),
			esc_html__( '1 svar', 'indie' ),
			/* translators: %: antal svar (kommentarer och omnämnanden). */
			esc_html__( '% svar', 'indie' )
		);
		echo '</span>';
	}
endif;

if ( ! function_exists( 'indie_post_thumbnail' ) ) :
	/**
	 * Utvald bild som u-featured (visas inte för lösenordsskyddade inlägg).
	 *
	 * @param string $size Bildstorlek.
	 */
	function indie_post_thumbnail( $size = 'post-thumbnail' ) {
		if ( post_password_required() || is_attachment() || ! has_post_thumbnail() ) {
			return;
		}

		$image = get_the_post_thumbnail( null, $size, array( 'class' => 'u-featured wp-post-image' ) );
		if ( ! $image ) {
			return;
		}

		if ( is_singular() ) {
			printf( '<figure class="entry-featured">%s</figure>', $image ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
		} else {
			printf(
				'<figure class="entry-featured"><a href="%1$s" tabindex="-1" aria-hidden="true">%2$s</a></figure>',
				esc_url( get_permalink() ),
				$image // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
			);
		}
	}
endif;

if ( ! function_exists( 'indie_link_pages' ) ) :
	/**
	 * Sidlänkar för inlägg delade med <!--nextpage-->.
	 */
	function indie_link_pages() {
		wp_link_pages(
			array(
				'before'      => '<nav class="page-links" aria-label="' . esc_attr__( 'Inläggets sidor', 'indie' ) . '"><span class="page-links-title">' . esc_html__( 'Sidor:', 'indie' ) . '</span>',
				'after'       => '</nav>',
				'link_before' => '<span class="page-number">',
				'link_after'  => '</span>',
			)
		);
	}
endif;

/* -------------------------------------------------------------------------
 * Kommentarer: platta, kronologiska, som h-cite p-comment.
 * ---------------------------------------------------------------------- */

if ( ! function_exists( 'indie_is_ping' ) ) :
	/**
	 * Är kommentaren en pingback eller trackback?
	 *
	 * @param WP_Comment $comment Kommentar.
	 * @return bool
	 */
	function indie_is_ping( $comment ) {
		return in_array( $comment->comment_type, array( 'pingback', 'trackback' ), true );
	}
endif;

if ( ! function_exists( 'indie_comment_depth' ) ) :
	/**
	 * Kommentarens verkliga djup i tråden (1 = svar direkt på inlägget).
	 * Används bara för att avgöra om man får svara på den.
	 *
	 * @param WP_Comment $comment Kommentar.
	 * @return int
	 */
	function indie_comment_depth( $comment ) {
		$depth  = 1;
		$parent = (int) $comment->comment_parent;
		$guard  = 0;

		while ( $parent && $guard < 100 ) {
			$parent_comment = get_comment( $parent );
			if ( ! $parent_comment ) {
				break;
			}
			$depth++;
			$parent = (int) $parent_comment->comment_parent;
			$guard++;
		}

		return $depth;
	}
endif;

if ( ! function_exists( 'indie_sort_comments' ) ) :
	/**
	 * Sorterar kommentarer i tidsordning (äldst först, eller nyast först om
	 * webbplatsen är inställd så), oberoende av trådstrukturen.
	 *
	 * @param WP_Comment[] $comments Kommentarer.
	 * @return WP_Comment[]
	 */
	function indie_sort_comments( $comments ) {
		usort(
			$comments,
			function ( $a, $b ) {
				$cmp = strcmp( $a->comment_date_gmt, $b->comment_date_gmt );
				if ( 0 === $cmp ) {
					$cmp = (int) $a->comment_ID - (int) $b->comment_ID;
				}
				return $cmp;
			}
		);

		if ( 'desc' === get_option( 'comment_order' ) ) {
			$comments = array_reverse( $comments );
		}

		return $comments;
	}
endif;

if ( ! function_exists( 'indie_comment_author_hcard' ) ) :
	/**
	 * Kommentarsförfattaren som p-author h-card.
	 *
	 * @param WP_Comment $comment     Kommentar.
	 * @param int        $avatar_size Avatarstorlek.
	 */
	function indie_comment_author_hcard( $comment, $avatar_size = 40 ) {
		$name     = get_comment_author( $comment );
		$url      = get_comment_author_url( $comment );
		$approved = ( '1' === (string) $comment->comment_approved );

		// Länka inte ovaliderade webbadresser från kommentarer som väntar på granskning.
		$show_url = $approved && $url && 'http://' !== $url;

		$avatar = ( $avatar_size > 0 ) ? get_avatar( $comment, $avatar_size, '', $name, array( 'class' => 'u-photo comment-avatar' ) ) : '';

		echo '<span class="p-author h-card">';
		echo $avatar ? $avatar : ''; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped

		if ( $show_url ) {
			printf(
				'<a class="u-url p-name" href="%1$s" rel="ugc external nofollow">%2$s</a>',
				esc_url( $url ),
				esc_html( $name )
			);
		} else {
			printf( '<span class="p-name">%s</span>', esc_html( $name ) );
		}

		echo '</span>';
	}
endif;

if ( ! function_exists( 'indie_comment_reply_context' ) ) :
	/**
	 * Raden "Svar på <förälder>" med u-in-reply-to till föräldrakommentaren.
	 *
	 * @param WP_Comment $comment     Kommentar.
	 * @param int[]      $visible_ids Kommentarer som visas på den här sidan.
	 */
	function indie_comment_reply_context( $comment, $visible_ids = array() ) {
		$parent_id = (int) $comment->comment_parent;
		if ( ! $parent_id ) {
			return;
		}

		$parent = get_comment( $parent_id );
		if ( ! $parent || (int) $parent->comment_post_ID !== (int) $comment->comment_post_ID ) {
			return;
		}

		$on_this_page = in_array( $parent_id, $visible_ids, true );

		// Visa aldrig namn från kommentarer som besökaren inte får se.
		if ( '1' !== (string) $parent->comment_approved && ! $on_this_page ) {
			return;
		}

		if ( $on_this_page ) {
			$href = '#comment-' . $parent_id;
		} else {
			// Föräldern ligger på en annan kommentarssida: räkna ut vilken.
			$href = get_comment_link( $parent, array( 'page' => get_page_of_comment( $parent_id ) ) );
		}

		printf(
			'<p class="in-reply-to">%s</p>',
			sprintf(
				/* translators: %s: namnet på den som skrev kommentaren man svarar på (länk). */
				esc_html__( 'Svar på %s', 'indie' ),
				sprintf(
					'<a class="u-in-reply-to" href="%1$s">%2$s</a>',
					esc_url( $href ),
					esc_html( get_comment_author( $parent ) )
				)
			)
		);
	}
endif;

if ( ! function_exists( 'indie_comment' ) ) :
	/**
	 * Callback för wp_list_comments(): en kommentar som h-cite p-comment.
	 * Walkern stänger själv <li>.
	 *
	 * @param WP_Comment $comment Kommentar.
	 * @param array      $args    Argument från wp_list_comments().
	 * @param int        $depth   Djup (alltid 1 i den platta listan).
	 */
	function indie_comment( $comment, $args, $depth ) {
		$visible_ids = isset( $args['indie_visible_ids'] ) ? (array) $args['indie_visible_ids'] : array();
		$avatar_size = isset( $args['avatar_size'] ) ? (int) $args['avatar_size'] : 40;
		$classes     = array( 'h-cite', 'p-comment' );

		if ( $comment->comment_parent ) {
			$classes[] = 'is-reply';
		}
		?>
		<li id="comment-<?php comment_ID(); ?>" <?php comment_class( $classes, $comment ); ?>>
			<article id="div-comment-<?php comment_ID(); ?>" class="comment-body">
				<header class="comment-meta">
					<?php indie_comment_author_hcard( $comment, $avatar_size ); ?>
					<a class="u-url comment-permalink" href="<?php echo esc_url( get_comment_link( $comment ) ); ?>">
						<time class="dt-published" datetime="<?php echo esc_attr( get_comment_date( DATE_W3C, $comment ) ); ?>">
							<?php
							printf(
								/* translators: 1: datum, 2: klockslag. */
								esc_html__( '%1$s kl. %2$s', 'indie' ),
								esc_html( get_comment_date( '', $comment ) ),
								esc_html( get_comment_time() )
							);
							?>
						</time>
					</a>
					<?php indie_comment_reply_context( $comment, $visible_ids ); ?>
				</header>

				<?php if ( '0' === (string) $comment->comment_approved ) : ?>
					<p class="comment-awaiting-moderation"><?php esc_html_e( 'Din kommentar väntar på granskning och syns bara för dig.', 'indie' ); ?></p>
				<?php endif; ?>

				<div class="e-content p-name comment-content">
					<?php comment_text( $comment ); ?>
				</div>

				<?php
				if ( get_option( 'thread_comments' ) && '1' === (string) $comment->comment_approved ) {
					$max_depth = max( 1, (int) get_option( 'thread_comments_depth' ) );
					comment_reply_link(
						array(
							'add_below'     => 'div-comment',
							'depth'         => indie_comment_depth( $comment ),
							'max_depth'     => $max_depth,
							'reply_text'    => __( 'Svara', 'indie' ),
							/* translators: %s: kommentarsförfattarens namn. */
							'reply_to_text' => __( 'Svara %s', 'indie' ),
							'login_text'    => __( 'Logga in för att svara', 'indie' ),
							'before'        => '<div class="reply">',
							'after'         => '</div>',
						),
						$comment
					);
				}
				?>
			</article>
		<?php
	}
endif;

if ( ! function_exists( 'indie_mention' ) ) :
	/**
	 * Callback för omnämnanden (pingbacks/trackbacks): h-cite p-mention.
	 *
	 * @param WP_Comment $comment Kommentar.
	 * @param array      $args    Argument från wp_list_comments().
	 * @param int        $depth   Djup.
	 */
	function indie_mention( $comment, $args, $depth ) {
		$name = get_comment_author( $comment );
		$url  = get_comment_author_url( $comment );
		$url  = ( 'http://' === $url ) ? '' : $url;
		$host = $url ? wp_parse_url( $url, PHP_URL_HOST ) : '';
		$site = $host ? ( 'https' === wp_parse_url( $url, PHP_URL_SCHEME ) ? 'https://' : 'http://' ) . $host . '/' : '';
		$host = $host ? preg_replace( '/^www\./i', '', $host ) : '';
		$type = ( 'trackback' === $comment->comment_type ) ? __( 'Trackback', 'indie' ) : __( 'Pingback', 'indie' );
		?>
		<li id="comment-<?php comment_ID(); ?>" <?php comment_class( array( 'h-cite', 'p-mention', 'mention' ), $comment ); ?>>
			<?php if ( $url ) : ?>
				<a class="u-url p-name mention-title" href="<?php echo esc_url( $url ); ?>" rel="ugc external nofollow"><?php echo esc_html( $name ); ?></a>
			<?php else : ?>
				<span class="p-name mention-title"><?php echo esc_html( $name ); ?></span>
			<?php endif; ?>
			<span class="mention-meta">
				<?php if ( $host ) : ?>
					<span class="p-author h-card mention-source"><a class="u-url p-name" href="<?php echo esc_url( $site ); ?>" rel="ugc external nofollow"><?php echo esc_html( $host ); ?></a></span>
					<span class="sep" aria-hidden="true">&middot;</span>
				<?php endif; ?>
				<time class="dt-published" datetime="<?php echo esc_attr( get_comment_date( DATE_W3C, $comment ) ); ?>"><?php echo esc_html( get_comment_date( '', $comment ) ); ?></time>
				<span class="mention-type"><?php echo esc_html( $type ); ?></span>
			</span>
		<?php
	}
endif;

if ( ! function_exists( 'indie_posts_navigation' ) ) :
	/**
	 * Äldre/nyare inlägg i listningar (rel="next"/"prev" på länkarna).
	 */
	function indie_posts_navigation() {
		global $wp_query;

		if ( empty( $wp_query->max_num_pages ) || $wp_query->max_num_pages < 2 ) {
			return;
		}

		the_posts_navigation(
			array(
				'prev_text'          => '<span aria-hidden="true">&larr;</span> ' . esc_html__( 'Äldre inlägg', 'indie' ),
				'next_text'          => esc_html__( 'Nyare inlägg', 'indie' ) . ' <span aria-hidden="true">&rarr;</span>',
				'screen_reader_text' => __( 'Bläddra bland inläggen', 'indie' ),
				'aria_label'         => __( 'Inlägg', 'indie' ),
			)
		);

		printf(
			'<p class="page-count">%s</p>',
			sprintf(
				/* translators: 1: aktuell sida, 2: antal sidor. */
				esc_html__( 'Sida %1$s av %2$s', 'indie' ),
				esc_html( number_format_i18n( max( 1, (int) get_query_var( 'paged' ) ) ) ),
				esc_html( number_format_i18n( (int) $wp_query->max_num_pages ) )
			)
		);
	}
endif;

/**
 * rel="next"/"prev" på bläddringslänkarna (äldre inlägg = nästa sida).
 *
 * @return string
 */
function indie_next_posts_link_attributes() {
	return 'rel="next"';
}
add_filter( 'next_posts_link_attributes', 'indie_next_posts_link_attributes' );

/**
 * @return string
 */
function indie_previous_posts_link_attributes() {
	return 'rel="prev"';
}
add_filter( 'previous_posts_link_attributes', 'indie_previous_posts_link_attributes' );
