<?php
/**
 * Mallfunktioner: etiketter, bylines, datum, delningsknappar, nyhetsticker,
 * ”Mest läst” och ”Nästa artikel”.
 *
 * @package Courant
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Färg för en kategori. Samma kategori får alltid samma färg.
 *
 * @param WP_Term|int $term Kategori.
 * @return string Hex-färg.
 */
function courant_category_color( $term ) {
	$palette = array( '#d3122a', '#0b5cad', '#0a7d4f', '#c55a00', '#6a2c9e', '#00798c', '#b0126b', '#5b4636' );
	$term_id = ( $term instanceof WP_Term ) ? $term->term_id : absint( $term );

	/**
	 * Filtrerar färgen för en kategorietikett.
	 *
	 * @param string $color   Hex-färg.
	 * @param int    $term_id Kategorins ID.
	 */
	return apply_filters( 'courant_category_color', $palette[ $term_id % count( $palette ) ], $term_id );
}

/**
 * Skriver ut färgade kategorietiketter.
 *
 * @param int|WP_Post|null $post  Inlägg.
 * @param int              $limit Max antal etiketter (0 = alla).
 */
function courant_category_labels( $post = null, $limit = 0 ) {
	$post = get_post( $post );
	if ( ! $post || 'post' !== $post->post_type ) {
		return;
	}

	$categories = get_the_category( $post->ID );
	if ( empty( $categories ) ) {
		return;
	}
	if ( $limit > 0 ) {
		$categories = array_slice( $categories, 0, $limit );
	}

	echo '<div class="cat-labels">';
	foreach ( $categories as $category ) {
		printf(
			'<a class="cat-label cat-label-%1$s" href="%2$s" rel="category tag" style="--cat-color:%3$s">%4$s</a>',
			esc_attr( $category->slug ),
			esc_url( get_category_link( $category ) ),
			esc_attr( courant_category_color( $category ) ),
			esc_html( $category->name )
		);
	}
	echo '</div>';
}

/**
 * Initialer ur ett namn (”Anna Berg” → ”AB”).
 *
 * @param string $name Namn.
 * @return string
 */
function courant_initials( $name ) {
	$name  = trim( wp_strip_all_tags( (string) $name ) );
	$words = preg_split( '/[\s\-_.]+/u', $name, -1, PREG_SPLIT_NO_EMPTY );
	if ( empty( $words ) ) {
		return '?';
	}
	$initials = mb_substr( $words[0], 0, 1 );
	if ( count( $words ) > 1 ) {
		$initials .= mb_substr( $words[ count( $words ) - 1 ], 0, 1 );
	}
	return mb_strtoupper( $initials );
}

/**
 * Lokal avatar-platshållare (inga anrop till externa bildtjänster).
 *
 * @param string $name  Namn som initialerna hämtas ur.
 * @param int    $size  Storlek i pixlar.
 * @param string $class Extra klass.
 * @return string HTML.
 */
function courant_get_avatar_placeholder( $name, $size = 40, $class = '' ) {
	$hue = absint( crc32( (string) $name ) ) % 360;
	return sprintf(
		'<span class="avatar avatar-placeholder %1$s" style="--avatar-size:%2$dpx;--avatar-hue:%3$d" aria-hidden="true">%4$s</span>',
		esc_attr( $class ),
		absint( $size ),
		$hue,
		esc_html( courant_initials( $name ) )
	);
}

/**
 * Byline: ”Av <författare>” med avatar-platshållare.
 *
 * @param int $size Avatarens storlek.
 */
function courant_byline( $size = 40 ) {
	$author_id   = (int) get_the_author_meta( 'ID' );
	$author_name = get_the_author();
	$author_link = sprintf(
		'<span class="author vcard"><a class="url fn n" href="%1$s" rel="author">%2$s</a></span>',
		esc_url( get_author_posts_url( $author_id ) ),
		esc_html( $author_name )
	);

	echo '<span class="byline">';
	echo courant_get_avatar_placeholder( $author_name, $size, 'byline-avatar' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	echo '<span class="byline-text">';
	/* translators: %s: författarens namn med länk. */
	printf( esc_html__( 'Av %s', 'courant' ), $author_link ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	echo '</span></span>';
}

/**
 * Datum + klockslag som text, t.ex. ”7 december 2025 kl. 14:05”.
 *
 * @param string           $which 'published' eller 'modified'.
 * @param int|WP_Post|null $post  Inlägg.
 * @return string
 */
function courant_get_datetime_text( $which = 'published', $post = null ) {
	if ( 'modified' === $which ) {
		$date = get_the_modified_date( '', $post );
		$time = get_the_modified_time( '', $post );
	} else {
		$date = get_the_date( '', $post );
		$time = get_the_time( '', $post );
	}
	/* translators: 1: datum, 2: klockslag. */
	return sprintf( __( '%1$s kl. %2$s', 'courant' ), $date, $time );
}

/**
 * <time>-element för publicerings- eller ändringsdatum.
 *
 * @param string           $which     'published' eller 'modified'.
 * @param bool             $with_time Ta med klockslag.
 * @param int|WP_Post|null $post      Inlägg.
 * @return string HTML.
 */
function courant_get_time_tag( $which = 'published', $with_time = true, $post = null ) {
	if ( 'modified' === $which ) {
		$iso   = get_the_modified_date( DATE_W3C, $post );
		$text  = $with_time ? courant_get_datetime_text( 'modified', $post ) : get_the_modified_date( '', $post );
		$class = 'updated';
	} else {
		$iso   = get_the_date( DATE_W3C, $post );
		$text  = $with_time ? courant_get_datetime_text( 'published', $post ) : get_the_date( '', $post );
		$class = 'entry-date published';
	}
	return sprintf( '<time class="%1$s" datetime="%2$s">%3$s</time>', esc_attr( $class ), esc_attr( $iso ), esc_html( $text ) );
}

/**
 * Uppskattad lästid.
 *
 * @return string
 */
function courant_reading_time() {
	$text    = wp_strip_all_tags( strip_shortcodes( (string) get_post_field( 'post_content', get_the_ID() ) ) );
	$words   = preg_split( '/\s+/u', trim( $text ), -1, PREG_SPLIT_NO_EMPTY );
	$minutes = max( 1, (int) ceil( count( $words ) / 200 ) );
	/* translators: %d: antal minuter. */
	return sprintf( _n( '%d min läsning', '%d min läsning', $minutes, 'courant' ), $minutes );
}

/**
 * Kommentarsräknare som länk (inte för lösenordsskyddade inlägg).
 */
function courant_comment_count_link() {
	if ( post_password_required() || ( ! comments_open() && ! get_comments_number() ) ) {
		return;
	}
	$count = (int) get_comments_number();
	$label = $count
		/* translators: %s: antal kommentarer. */
		? sprintf( _n( '%s kommentar', '%s kommentarer', $count, 'courant' ), number_format_i18n( $count ) )
		: __( 'Kommentera', 'courant' );

	printf(
		'<a class="meta-comments" href="%1$s"><svg aria-hidden="true" width="14" height="14" viewBox="0 0 24 24"><path fill="currentColor" d="M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z"/></svg>%2$s</a>',
		esc_url( get_comments_link() ),
		esc_html( $label )
	);
}

/**
 * Delningsknappar – vanliga länkar, inga externa skript.
 *
 * @param string $position 'top' eller 'bottom'.
 */
function courant_share_buttons( $position = 'top' ) {
	$url   = get_permalink();
	$title = wp_strip_all_tags( get_the_title() );

	$services = array(
		'facebook' => array(
			'label' => __( 'Facebook', 'courant' ),
			'url'   => 'https://www.facebook.com/sharer/sharer.php?u=' . rawurlencode( $url ),
			'icon'  => '<path fill="currentColor" d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4.3V10H7v4h3v8h4v-8h3l1-4h-4V8.6c0-.4.3-.6.6-.6z"/>',
		),
		'x'        => array(
			'label' => __( 'X', 'courant' ),
			'url'   => 'https://twitter.com/intent/tweet?url=' . rawurlencode( $url ) . '&text=' . rawurlencode( $title ),
			'icon'  => '<path fill="currentColor" d="M17.8 3h3.1l-6.8 7.7L22 21h-6.2l-4.9-6.3L5.3 21H2.2l7.3-8.3L2 3h6.4l4.4 5.8L17.8 3zm-1.1 16.2h1.7L7.4 4.7H5.6l11.1 14.5z"/>',
		),
		'linkedin' => array(
			'label' => __( 'LinkedIn', 'courant' ),
			'url'   => 'https://www.linkedin.com/sharing/share-offsite/?url=' . rawurlencode( $url ),
			'icon'  => '<path fill="currentColor" d="M4.98 3.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5zM3 9.5h4V21H3zM9.5 9.5h3.8v1.6h.1c.5-1 1.8-2 3.8-2 4 0 4.8 2.6 4.8 6V21h-4v-5.1c0-1.2 0-2.8-1.7-2.8s-2 1.3-2 2.7V21h-4z"/>',
		),
		'email'    => array(
			'label' => __( 'E-post', 'courant' ),
			'url'   => 'mailto:?subject=' . rawurlencode( $title ) . '&body=' . rawurlencode( $url ),
			'icon'  => '<path fill="currentColor" d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm9 7.2L4.5 7v10h15V7L12 12.2zM5.6 7 12 11.4 18.4 7H5.6z"/>',
		),
	);

	printf( '<div class="share-bar share-bar-%s">', esc_attr( $position ) );
	echo '<span class="share-label">' . esc_html__( 'Dela artikeln', 'courant' ) . '</span><ul class="share-list">';
	foreach ( $services as $key => $service ) {
		$external = ( 'email' !== $key );
		printf(
			'<li><a class="share-link share-%1$s" href="%2$s"%3$s><svg aria-hidden="true" width="16" height="16" viewBox="0 0 24 24">%4$s</svg><span class="share-text">%5$s</span><span class="screen-reader-text">%6$s</span></a></li>',
			esc_attr( $key ),
			esc_url( $service['url'], array( 'https', 'mailto' ) ),
			$external ? ' target="_blank" rel="noopener noreferrer nofollow"' : '',
			$service['icon'], // Statisk SVG ovan.
			esc_html( $service['label'] ),
			/* translators: %s: tjänstens namn. */
			esc_html( sprintf( __( '(dela via %s, öppnas i nytt fönster)', 'courant' ), $service['label'] ) )
		);
	}
	echo '</ul></div>';
}

/**
 * Utvald bild med bildtext.
 *
 * @param string $size Bildstorlek.
 */
function courant_featured_image( $size = 'post-thumbnail' ) {
	if ( post_password_required() || ! has_post_thumbnail() ) {
		return;
	}
	$caption = get_the_post_thumbnail_caption();
	echo '<figure class="entry-featured">';
	the_post_thumbnail( $size, array( 'class' => 'entry-featured-img' ) );
	if ( $caption ) {
		echo '<figcaption class="entry-featured-caption">' . wp_kses_post( $caption ) . '</figcaption>';
	}
	echo '</figure>';
}

/**
 * Brödsmulor: Hem › Kategori › Rubrik.
 */
function courant_breadcrumbs() {
	if ( is_front_page() ) {
		return;
	}
	$crumbs = array(
		sprintf( '<a href="%1$s">%2$s</a>', esc_url( home_url( '/' ) ), esc_html__( 'Hem', 'courant' ) ),
	);

	if ( is_singular( 'post' ) ) {
		$categories = get_the_category();
		if ( ! empty( $categories ) ) {
			$crumbs[] = sprintf( '<a href="%1$s">%2$s</a>', esc_url( get_category_link( $categories[0] ) ), esc_html( $categories[0]->name ) );
		}
		$crumbs[] = '<span aria-current="page">' . esc_html( wp_strip_all_tags( get_the_title() ) ) . '</span>';
	} elseif ( is_page() ) {
		$crumbs[] = '<span aria-current="page">' . esc_html( wp_strip_all_tags( get_the_title() ) ) . '</span>';
	} else {
		return;
	}

	echo '<nav class="breadcrumbs" aria-label="' . esc_attr__( 'Brödsmulor', 'courant' ) . '">';
	echo implode( '<span class="sep" aria-hidden="true">›</span>', $crumbs ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	echo '</nav>';
}

/**
 * Nyhetstickern i sidhuvudet: senaste inläggens rubriker med datum.
 *
 * @param int $number Antal inlägg.
 */
function courant_news_ticker( $number = 8 ) {
	$query = new WP_Query(
		array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'posts_per_page'      => $number,
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
		)
	);

	if ( ! $query->have_posts() ) {
		return;
	}

	$duration = max( 20, $query->post_count * 7 );
	?>
	<div class="news-ticker" role="region" aria-label="<?php esc_attr_e( 'Senaste nytt', 'courant' ); ?>">
		<div class="container ticker-inner">
			<span class="ticker-label"><span class="ticker-dot" aria-hidden="true"></span><?php esc_html_e( 'Senaste nytt', 'courant' ); ?></span>
			<div class="ticker-viewport">
				<ul class="ticker-list" style="--ticker-duration:<?php echo (int) $duration; ?>s">
					<?php
					while ( $query->have_posts() ) :
						$query->the_post();
						?>
						<li class="ticker-item">
							<time class="ticker-date" datetime="<?php echo esc_attr( get_the_date( DATE_W3C ) ); ?>"><?php echo esc_html( get_the_date() ); ?></time>
							<a class="ticker-link" href="<?php the_permalink(); ?>"><?php the_title(); ?></a>
						</li>
						<?php
					endwhile;
					?>
				</ul>
			</div>
			<button type="button" class="ticker-toggle" aria-pressed="false" hidden data-label-pause="<?php esc_attr_e( 'Pausa', 'courant' ); ?>" data-label-play="<?php esc_attr_e( 'Spela', 'courant' ); ?>"><?php esc_html_e( 'Pausa', 'courant' ); ?></button>
		</div>
	</div>
	<?php
	wp_reset_postdata();
}

/**
 * ”Mest läst” – ordnad efter antal kommentarer (ersätter en riktig läsräknare).
 *
 * @param int $number Antal inlägg.
 */
function courant_most_read( $number = 5 ) {
	$query = new WP_Query(
		array(
			'post_type'           => 'post',
			'post_status'         => 'publish',
			'posts_per_page'      => $number,
			'orderby'             => array(
				'comment_count' => 'DESC',
				'date'          => 'DESC',
			),
			'ignore_sticky_posts' => true,
			'no_found_rows'       => true,
		)
	);

	if ( ! $query->have_posts() ) {
		return;
	}
	?>
	<section class="widget widget-most-read">
		<h2 class="widget-title"><span><?php esc_html_e( 'Mest läst', 'courant' ); ?></span></h2>
		<ol class="most-read-list">
			<?php
			$rank = 0;
			while ( $query->have_posts() ) :
				$query->the_post();
				$rank++;
				?>
				<li class="most-read-item">
					<span class="most-read-rank" aria-hidden="true"><?php echo (int) $rank; ?></span>
					<div class="most-read-body">
						<a class="most-read-title" href="<?php the_permalink(); ?>"><?php the_title(); ?></a>
						<span class="most-read-meta">
							<time datetime="<?php echo esc_attr( get_the_date( DATE_W3C ) ); ?>"><?php echo esc_html( get_the_date() ); ?></time>
							<?php
							$count = (int) get_comments_number();
							if ( $count && ! post_password_required() ) {
								echo '<span class="most-read-comments">';
								/* translators: %s: antal kommentarer. */
								echo esc_html( sprintf( _n( '%s kommentar', '%s kommentarer', $count, 'courant' ), number_format_i18n( $count ) ) );
								echo '</span>';
							}
							?>
						</span>
					</div>
				</li>
				<?php
			endwhile;
			?>
		</ol>
	</section>
	<?php
	wp_reset_postdata();
}

/**
 * Det äldre inlägget som ”Nästa artikel” (infinite scroll-stil).
 *
 * @return WP_Post|null
 */
function courant_get_next_article() {
	static $cache = array();
	$current = get_queried_object_id();
	if ( ! array_key_exists( $current, $cache ) ) {
		$cache[ $current ] = null;
		$original          = get_post( $current );
		if ( $original && 'post' === $original->post_type ) {
			// get_previous_post() utgår från den globala $post; byt tillfälligt.
			$backup          = isset( $GLOBALS['post'] ) ? $GLOBALS['post'] : null;
			$GLOBALS['post'] = $original; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			$older           = get_previous_post();
			$GLOBALS['post'] = $backup; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
			if ( $older instanceof WP_Post ) {
				$cache[ $current ] = $older;
			}
		}
	}
	return $cache[ $current ];
}

/**
 * Skriver ut nästa (äldre) artikel i sin helhet under den aktuella,
 * utan kommentarer och kommentarsformulär.
 */
function courant_next_article() {
	if ( ! is_singular( 'post' ) ) {
		return;
	}
	$next = courant_get_next_article();
	if ( ! $next ) {
		return;
	}

	global $post;
	$post = $next; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	setup_postdata( $post );
	// Visa hela texten (även efter ”läs mer”-taggen) och från första sidan.
	$GLOBALS['more'] = 1; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	$GLOBALS['page'] = 1; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
	?>
	<section class="next-article" aria-label="<?php esc_attr_e( 'Nästa artikel', 'courant' ); ?>" data-url="<?php the_permalink(); ?>">
		<div class="next-article-divider"><span><?php esc_html_e( 'Nästa artikel', 'courant' ); ?></span></div>
		<?php get_template_part( 'template-parts/content', 'single', array( 'context' => 'next' ) ); ?>
	</section>
	<?php
	wp_reset_postdata();
}

/**
 * Reservmeny: toppkategorierna som nyhetsavdelningar.
 *
 * @param array $args wp_nav_menu-argument.
 */
function courant_menu_fallback( $args = array() ) {
	$categories = get_categories(
		array(
			'orderby'    => 'count',
			'order'      => 'DESC',
			'number'     => 7,
			'parent'     => 0,
			'hide_empty' => true,
		)
	);

	echo '<ul id="primary-menu" class="menu">';
	printf(
		'<li class="menu-item menu-item-home%1$s"><a href="%2$s"%3$s>%4$s</a></li>',
		( is_front_page() && is_home() ) ? ' current-menu-item' : '',
		esc_url( home_url( '/' ) ),
		( is_front_page() && is_home() ) ? ' aria-current="page"' : '',
		esc_html__( 'Start', 'courant' )
	);
	foreach ( $categories as $category ) {
		$current = is_category( $category->term_id );
		printf(
			'<li class="menu-item%1$s"><a href="%2$s" style="--cat-color:%3$s"%4$s>%5$s</a></li>',
			$current ? ' current-menu-item' : '',
			esc_url( get_category_link( $category ) ),
			esc_attr( courant_category_color( $category ) ),
			$current ? ' aria-current="page"' : '',
			esc_html( $category->name )
		);
	}
	echo '</ul>';
}

/**
 * Kortets metarad i listor: författare · datum · kommentarer.
 */
function courant_card_meta() {
	echo '<div class="card-meta">';
	echo '<span class="byline">';
	/* translators: %s: författarens namn med länk. */
	printf( esc_html__( 'Av %s', 'courant' ), '<span class="author vcard"><a class="url fn n" href="' . esc_url( get_author_posts_url( (int) get_the_author_meta( 'ID' ) ) ) . '">' . esc_html( get_the_author() ) . '</a></span>' ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	echo '</span>';
	echo '<span class="posted-on">' . courant_get_time_tag( 'published', false ) . '</span>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
	courant_comment_count_link();
	echo '</div>';
}
