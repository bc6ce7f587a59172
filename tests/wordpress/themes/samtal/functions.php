<?php
/**
 * Samtal – funktioner och definitioner.
 *
 * Ett lätt tema i GeneratePress-stil. Kommentarerna ritas av temat självt
 * med samma markup som kommentarstillägget wpDiscuz använder, så att
 * befintlig CSS för wpDiscuz fungerar och inget tillägg behövs.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'SAMTAL_VERSION', '2.3.1' );

if ( ! function_exists( 'samtal_setup' ) ) {
	/**
	 * Temats grundinställningar.
	 */
	function samtal_setup() {
		load_theme_textdomain( 'samtal', get_template_directory() . '/languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );
		add_theme_support(
			'html5',
			array( 'search-form', 'comment-form', 'comment-list', 'gallery', 'caption', 'script', 'style' )
		);
		add_theme_support(
			'custom-logo',
			array(
				'height'      => 70,
				'width'       => 350,
				'flex-height' => true,
				'flex-width'  => true,
			)
		);

		register_nav_menus(
			array(
				'primary' => __( 'Primär meny', 'samtal' ),
			)
		);

		$GLOBALS['content_width'] = 1200;
	}
}
add_action( 'after_setup_theme', 'samtal_setup' );

/**
 * Widgetområden (samma uppsättning som GeneratePress).
 */
function samtal_widgets_init() {
	$areas = array(
		'sidebar-1'  => __( 'Höger sidopanel', 'samtal' ),
		'sidebar-2'  => __( 'Vänster sidopanel', 'samtal' ),
		'footer-bar' => __( 'Sidfotsrad', 'samtal' ),
	);

	foreach ( $areas as $id => $name ) {
		register_sidebar(
			array(
				'name'          => $name,
				'id'            => $id,
				'before_widget' => '<aside id="%1$s" class="widget inner-padding %2$s">',
				'after_widget'  => '</aside>',
				'before_title'  => '<h2 class="widget-title">',
				'after_title'   => '</h2>',
			)
		);
	}
}
add_action( 'widgets_init', 'samtal_widgets_init' );

/**
 * Stilmallar och skript. Allt ligger lokalt i temat.
 */
function samtal_scripts() {
	wp_enqueue_style( 'samtal-style', get_stylesheet_uri(), array(), SAMTAL_VERSION );

	// Samma färgvariabler som wpDiscuz skriver ut inline.
	wp_add_inline_style(
		'samtal-style',
		'#wpdcom .wpd-blog-administrator .wpd-comment-label{background:#00B38F}#wpdcom .wpd-blog-post_author .wpd-comment-label{background:#00B38F}#wpdcom .wpd-blog-guest .wpd-comment-label{background:#898989}#wpdcom .wpd-comment-label.wpd-label-ping{background:#9b7c4a}'
	);

	wp_enqueue_script( 'samtal-wpd', get_template_directory_uri() . '/js/samtal-wpd.js', array(), SAMTAL_VERSION, true );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'samtal_scripts' );

/**
 * Layoutklasser på body, som GeneratePress.
 *
 * @param string[] $classes Klasser.
 * @return string[]
 */
function samtal_body_classes( $classes ) {
	$classes[] = 'right-sidebar';
	$classes[] = 'nav-float-right';
	$classes[] = 'separate-containers';
	$classes[] = 'header-aligned-left';
	$classes[] = 'dropdown-hover';

	if ( is_singular() && has_post_thumbnail() ) {
		$classes[] = 'featured-image-active';
	}

	if ( is_singular() ) {
		$classes[] = 'wpdiscuz-active';
	}

	return $classes;
}
add_filter( 'body_class', 'samtal_body_classes' );

/**
 * Mikrodata för body.
 */
function samtal_body_microdata() {
	if ( is_search() ) {
		$type = 'SearchResultsPage';
	} elseif ( is_home() || is_archive() || is_attachment() || is_tax() || is_single() ) {
		$type = 'Blog';
	} else {
		$type = 'WebPage';
	}

	printf( 'itemtype="https://schema.org/%s" itemscope', esc_attr( $type ) );
}

/**
 * Små SVG-ikoner (inbäddade, inget laddas utifrån).
 *
 * @param string $icon Ikonens namn.
 * @return string
 */
function samtal_get_svg_icon( $icon ) {
	$paths = array(
		'categories' => '<path d="M0 112c0-26.51 21.49-48 48-48h110.014a48 48 0 0143.592 27.907l12.349 26.791A16 16 0 00228.486 128H464c26.51 0 48 21.49 48 48v224c0 26.51-21.49 48-48 48H48c-26.51 0-48-21.49-48-48V112z"/>',
		'tags'       => '<path d="M20 39.5c-8.836 0-16 7.163-16 16v176c0 4.243 1.686 8.313 4.687 11.314l224 224c6.248 6.248 16.378 6.248 22.626 0l176-176c6.244-6.244 6.25-16.364.013-22.615l-223.5-224A15.999 15.999 0 00196.5 39.5H20zm56 96c0-13.255 10.745-24 24-24s24 10.745 24 24-10.745 24-24 24-24-10.745-24-24z"/>',
		'comments'   => '<path d="M132.838 329.973a435.298 435.298 0 0016.769-9.004c13.363-7.574 26.587-16.142 37.419-25.507 7.544.597 15.27.925 23.098.925 54.905 0 105.634-15.311 143.285-41.28 23.728-16.365 43.115-37.692 54.155-62.645 54.739 22.205 91.498 63.272 91.498 110.286 0 42.186-29.558 79.498-75.09 102.828 23.46 49.216 75.09 101.709 75.09 101.709s-115.837-38.35-154.424-78.46c-9.956 1.12-20.297 1.758-30.793 1.758-88.727 0-162.927-43.071-181.007-100.61z"/><path d="M383.371 132.502c0 70.603-82.961 127.787-185.216 127.787-10.496 0-20.837-.639-30.793-1.757-38.587 40.109-154.424 78.459-154.424 78.459s51.63-52.493 75.09-101.71C42.492 211.952 12.934 174.64 12.934 132.502 12.934 61.9 95.895 4.716 198.155 4.716 300.41 4.715 383.37 61.9 383.37 132.502z"/>',
		'arrow-left' => '<path d="M333.98 455.2l-187.27-187.27c-6.52-6.52-6.52-17.09 0-23.61L333.98 57.05c6.52-6.52 17.09-6.52 23.61 0l23.61 23.61c6.52 6.52 6.52 17.09 0 23.61L228.71 256l152.49 152.49c6.52 6.52 6.52 17.09 0 23.61l-23.61 23.61c-6.52 6.52-17.09 6.52-23.61 0z"/>',
		'arrow-right' => '<path d="M178.02 56.8l187.27 187.27c6.52 6.52 6.52 17.09 0 23.61L178.02 454.95c-6.52 6.52-17.09 6.52-23.61 0l-23.61-23.61c-6.52-6.52-6.52-17.09 0-23.61L283.29 256 130.8 103.51c-6.52-6.52-6.52-17.09 0-23.61l23.61-23.61c6.52-6.52 17.09-6.52 23.61 0z"/>',
		'arrow-up'   => '<path d="M455.2 333.98L267.93 146.71c-6.52-6.52-17.09-6.52-23.61 0L57.05 333.98c-6.52 6.52-6.52 17.09 0 23.61l23.61 23.61c6.52 6.52 17.09 6.52 23.61 0L256 228.71l152.49 152.49c6.52 6.52 17.09 6.52 23.61 0l23.61-23.61c6.52-6.52 6.52-17.09 0-23.61z"/>',
		'menu-bars'  => '<path d="M0 96c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24zm0 160c0-13.255 10.745-24 24-24h464c13.255 0 24 10.745 24 24s-10.745 24-24 24H24c-13.255 0-24-10.745-24-24z"/>',
		'search'     => '<path fill-rule="evenodd" clip-rule="evenodd" d="M208 48c-88.366 0-160 71.634-160 160s71.634 160 160 160 160-71.634 160-160S296.366 48 208 48zM0 208C0 93.125 93.125 0 208 0s208 93.125 208 208c0 48.741-16.765 93.566-44.843 129.024l133.826 134.018c9.366 9.379 9.355 24.575-.025 33.941-9.379 9.366-24.575 9.355-33.941-.025L337.238 370.987C301.747 399.167 256.839 416 208 416 93.125 416 0 322.875 0 208z"/>',
		'user'       => '<path d="M256 256c52.805 0 96-43.201 96-96s-43.195-96-96-96-96 43.201-96 96 43.195 96 96 96zm0 48c-63.598 0-192 32.402-192 96v48h384v-48c0-63.598-128.402-96-192-96z"/>',
	);

	if ( ! isset( $paths[ $icon ] ) ) {
		return '';
	}

	return '<span class="gp-icon icon-' . esc_attr( $icon ) . '"><svg viewBox="0 0 512 512" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em">' . $paths[ $icon ] . '</svg></span>';
}

/**
 * Reservmeny: listar sidorna när ingen meny är vald.
 *
 * @param array $args Argument från wp_nav_menu().
 */
function samtal_menu_fallback( $args ) {
	?>
	<div id="primary-menu" class="main-nav">
		<ul class="menu sf-menu">
			<?php
			wp_list_pages(
				array(
					'sort_column' => 'menu_order',
					'title_li'    => '',
					'walker'      => new Walker_Page(),
				)
			);
			?>
		</ul>
	</div>
	<?php
}

/**
 * Datum och författare i entry-meta (GeneratePress-markup, inkl. dold "updated"-tid).
 */
function samtal_posted_on() {
	$time_string = '<time class="entry-date published" datetime="%1$s" itemprop="datePublished">%2$s</time>';

	if ( get_the_time( 'U' ) !== get_the_modified_time( 'U' ) ) {
		$time_string = '<time class="updated" datetime="%3$s" itemprop="dateModified">%4$s</time>' . $time_string;
	}

	$time_string = sprintf(
		$time_string,
		esc_attr( get_the_date( 'c' ) ),
		esc_html( get_the_date() ),
		esc_attr( get_the_modified_date( 'c' ) ),
		esc_html( get_the_modified_date() )
	);

	printf(
		'<span class="posted-on"><a href="%1$s" title="%2$s" rel="bookmark">%3$s</a></span> ',
		esc_url( get_permalink() ),
		esc_attr( get_the_time() ),
		$time_string // phpcs:ignore WordPress.Security.EscapeOutput
	);

	printf(
		'<span class="byline">%1$s <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="%2$s" title="%3$s" rel="author" itemprop="url"><span class="author-name" itemprop="name">%4$s</span></a></span></span> ',
		esc_html__( 'av', 'samtal' ),
		esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ),
		/* translators: %s: författarens namn */
		esc_attr( sprintf( __( 'Visa alla inlägg av %s', 'samtal' ), get_the_author() ) ),
		esc_html( get_the_author() )
	);
}

/**
 * Sidfotens meta: kategorier, etiketter, kommentarlänk och inläggsnavigering.
 */
function samtal_footer_meta() {
	if ( 'post' !== get_post_type() ) {
		return;
	}
	?>
	<footer class="entry-meta footer-entry-meta" aria-label="<?php esc_attr_e( 'Inläggsmeta', 'samtal' ); ?>">
		<?php
		$categories = get_the_category_list( ', ' );
		if ( $categories ) {
			printf(
				'<span class="cat-links">%1$s<span class="screen-reader-text">%2$s </span>%3$s</span> ',
				samtal_get_svg_icon( 'categories' ), // phpcs:ignore WordPress.Security.EscapeOutput
				esc_html__( 'Kategorier', 'samtal' ),
				$categories // phpcs:ignore WordPress.Security.EscapeOutput
			);
		}

		$tags = get_the_tag_list( '', ', ' );
		if ( $tags && ! is_wp_error( $tags ) ) {
			printf(
				'<span class="tags-links">%1$s<span class="screen-reader-text">%2$s </span>%3$s</span> ',
				samtal_get_svg_icon( 'tags' ), // phpcs:ignore WordPress.Security.EscapeOutput
				esc_html__( 'Etiketter', 'samtal' ),
				$tags // phpcs:ignore WordPress.Security.EscapeOutput
			);
		}

		if ( ! is_singular() && ! post_password_required() && ( comments_open() || get_comments_number() ) ) {
			echo '<span class="comments-link">' . samtal_get_svg_icon( 'comments' ); // phpcs:ignore WordPress.Security.EscapeOutput
			comments_popup_link(
				__( 'Lämna en kommentar', 'samtal' ),
				__( '1 kommentar', 'samtal' ),
				__( '% kommentarer', 'samtal' )
			);
			echo '</span> ';
		}

		if ( is_single() ) {
			$prev = get_previous_post_link( '%link', '%title' );
			$next = get_next_post_link( '%link', '%title' );
			if ( $prev || $next ) {
				?>
				<nav id="nav-below" class="post-navigation" aria-label="<?php esc_attr_e( 'Inlägg', 'samtal' ); ?>">
					<span class="screen-reader-text"><?php esc_html_e( 'Inläggsnavigering', 'samtal' ); ?></span>
					<?php if ( $prev ) : ?>
						<div class="nav-previous"><?php echo samtal_get_svg_icon( 'arrow-left' ); // phpcs:ignore ?><span class="prev"><?php echo $prev; // phpcs:ignore ?></span></div>
					<?php endif; ?>
					<?php if ( $next ) : ?>
						<div class="nav-next"><?php echo samtal_get_svg_icon( 'arrow-right' ); // phpcs:ignore ?><span class="next"><?php echo $next; // phpcs:ignore ?></span></div>
					<?php endif; ?>
				</nav>
				<?php
			}
		}
		?>
	</footer>
	<?php
}

/**
 * Sidnumrering för listningar (äldre/nyare + numrerade länkar).
 */
function samtal_content_nav() {
	global $wp_query;

	if ( $wp_query->max_num_pages < 2 ) {
		return;
	}
	?>
	<nav id="nav-below" class="paging-navigation" aria-label="<?php esc_attr_e( 'Arkivsida', 'samtal' ); ?>">
		<span class="screen-reader-text"><?php esc_html_e( 'Inläggsnavigering', 'samtal' ); ?></span>
		<?php if ( get_next_posts_link() ) : ?>
			<div class="nav-previous"><?php echo samtal_get_svg_icon( 'arrow-left' ); // phpcs:ignore ?><span class="prev" title="<?php esc_attr_e( 'Föregående', 'samtal' ); ?>"><?php next_posts_link( __( 'Äldre inlägg', 'samtal' ) ); ?></span></div>
		<?php endif; ?>
		<?php if ( get_previous_posts_link() ) : ?>
			<div class="nav-next"><?php echo samtal_get_svg_icon( 'arrow-right' ); // phpcs:ignore ?><span class="next" title="<?php esc_attr_e( 'Nästa', 'samtal' ); ?>"><?php previous_posts_link( __( 'Nyare inlägg', 'samtal' ) ); ?></span></div>
		<?php endif; ?>
		<div class="nav-links">
			<?php
			echo paginate_links( // phpcs:ignore WordPress.Security.EscapeOutput
				array(
					'mid_size'  => 1,
					'prev_text' => '<span aria-hidden="true">&larr;</span> ' . __( 'Föregående', 'samtal' ),
					'next_text' => __( 'Nästa', 'samtal' ) . ' <span aria-hidden="true">&rarr;</span>',
					'before_page_number' => '<span class="screen-reader-text">' . __( 'Sida', 'samtal' ) . '</span>',
				)
			);
			?>
		</div>
	</nav>
	<?php
}

/**
 * "Läs mer"-länk efter utdrag.
 *
 * @param string $more Standardtext.
 * @return string
 */
function samtal_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}

	return sprintf(
		' &hellip; <a title="%1$s" class="read-more" href="%2$s" aria-label="%4$s">%3$s</a>',
		the_title_attribute( 'echo=0' ),
		esc_url( get_permalink( get_the_ID() ) ),
		esc_html__( 'Läs mer', 'samtal' ),
		/* translators: %s: inläggets rubrik */
		esc_attr( sprintf( __( 'Läs mer om %s', 'samtal' ), the_title_attribute( 'echo=0' ) ) )
	);
}
add_filter( 'excerpt_more', 'samtal_excerpt_more' );

/**
 * "Läs mer" för <!--more--> i fullt innehåll.
 *
 * @return string
 */
function samtal_content_more() {
	return sprintf(
		'<p class="read-more-container"><a title="%1$s" class="read-more content-read-more" href="%2$s">%3$s</a></p>',
		the_title_attribute( 'echo=0' ),
		esc_url( get_permalink( get_the_ID() ) . '#more-' . get_the_ID() ),
		esc_html__( 'Läs mer', 'samtal' )
	);
}
add_filter( 'the_content_more_link', 'samtal_content_more' );

/**
 * Arkivrubriker utan prefix, som GeneratePress (författare får profilbild).
 *
 * @param string $title Rubrik.
 * @return string
 */
function samtal_archive_title( $title ) {
	if ( is_category() ) {
		$title = single_cat_title( '', false );
	} elseif ( is_tag() ) {
		$title = single_tag_title( '', false );
	} elseif ( is_author() ) {
		$author = get_queried_object();
		if ( $author instanceof WP_User ) {
			$title = sprintf(
				'%1$s<span class="vcard">%2$s</span>',
				get_avatar( $author->ID, 75 ),
				esc_html( $author->display_name )
			);
		}
	}

	return $title;
}
add_filter( 'get_the_archive_title', 'samtal_archive_title' );

/* -------------------------------------------------------------------------
 * Kommentarer i wpDiscuz-stil.
 * ---------------------------------------------------------------------- */

/**
 * Relativ tid på svenska, som wpDiscuz ("för 3 år sedan").
 *
 * @param WP_Comment $comment Kommentaren.
 * @return string
 */
function samtal_wpd_date_diff( $comment ) {
	$gmt = $comment->comment_date_gmt;
	if ( empty( $gmt ) || '0000-00-00 00:00:00' === $gmt ) {
		$gmt = get_gmt_from_date( $comment->comment_date );
	}

	try {
		$then = new DateTime( $gmt, new DateTimeZone( 'UTC' ) );
		$now  = new DateTime( 'now', new DateTimeZone( 'UTC' ) );
	} catch ( Exception $e ) {
		return '';
	}

	$diff  = $now->diff( $then );
	$units = array(
		array( $diff->y, 'år', 'år' ),
		array( $diff->m, 'månad', 'månader' ),
		array( (int) floor( $diff->d / 7 ), 'vecka', 'veckor' ),
		array( $diff->d, 'dag', 'dagar' ),
		array( $diff->h, 'timme', 'timmar' ),
		array( $diff->i, 'minut', 'minuter' ),
		array( $diff->s, 'sekund', 'sekunder' ),
	);

	foreach ( $units as $unit ) {
		if ( $unit[0] > 0 ) {
			/* translators: 1: antal, 2: tidsenhet */
			return sprintf( __( 'för %1$d %2$s sedan', 'samtal' ), $unit[0], 1 === (int) $unit[0] ? $unit[1] : $unit[2] );
		}
	}

	return __( 'Just nu', 'samtal' );
}

/**
 * Etikett under profilbilden (Författare, Medlem, Gäst, Pingback).
 *
 * @param WP_Comment $comment Kommentaren.
 * @return array{0:string,1:string} Etikett och rollnyckel.
 */
function samtal_wpd_comment_label( $comment ) {
	$type = get_comment_type( $comment );

	if ( 'pingback' === $type ) {
		return array( __( 'Pingback', 'samtal' ), 'ping' );
	}
	if ( 'trackback' === $type ) {
		return array( __( 'Trackback', 'samtal' ), 'ping' );
	}

	$post = get_post( $comment->comment_post_ID );
	if ( $comment->user_id && $post && (int) $post->post_author === (int) $comment->user_id ) {
		return array( __( 'Författare', 'samtal' ), 'post_author' );
	}
	if ( $comment->user_id ) {
		$user = get_userdata( $comment->user_id );
		if ( $user && in_array( 'administrator', (array) $user->roles, true ) ) {
			return array( __( 'Admin', 'samtal' ), 'administrator' );
		}
		return array( __( 'Medlem', 'samtal' ), 'subscriber' );
	}

	return array( __( 'Gäst', 'samtal' ), 'guest' );
}

/**
 * Callback för wp_list_comments(): en kommentar som wpDiscuz ritar den.
 *
 * Elementet är en div med id "wpd-comm-{id}_{förälder}". Svaren skrivs ut
 * inuti förälderns div (stängs i samtal_wpd_comment_end()) och får klassen
 * "wpd-reply".
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function samtal_wpd_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride

	$comment_id = (int) $comment->comment_ID;
	$parent_id  = (int) $comment->comment_parent;
	$unique_id  = $comment_id . '_' . $parent_id;
	$type       = get_comment_type( $comment );
	$is_ping    = in_array( $type, array( 'pingback', 'trackback' ), true );

	list( $label, $role ) = samtal_wpd_comment_label( $comment );

	$classes = array( 'wpd-comment', 'wpd_comment_level-' . $depth );
	if ( $depth > 1 ) {
		$classes[] = 'wpd-reply';
	}
	if ( $is_ping ) {
		$classes[] = 'wpd-pingback';
	}
	if ( '0' === (string) $comment->comment_approved ) {
		$classes[] = 'wpd-unapproved';
	}

	$author     = get_comment_author( $comment );
	$author_url = get_comment_author_url( $comment );
	$votes      = (int) get_comment_meta( $comment_id, 'wpdiscuz_votes', true );
	$exact_date = get_comment_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $comment );
	$avatar     = $is_ping ? '' : get_avatar( $comment, 64, '', $author, array( 'extra_attr' => 'loading="lazy"' ) );
	?>
	<div id="wpd-comm-<?php echo esc_attr( $unique_id ); ?>" <?php comment_class( $classes, $comment ); ?>>
		<div class="wpd-comment-wrap wpd-blog-<?php echo esc_attr( $role ); ?>">
			<div class="wpd-comment-left ">
				<div class="wpd-avatar ">
					<?php echo $avatar ? $avatar : ''; // phpcs:ignore WordPress.Security.EscapeOutput ?>
				</div>
				<div class="wpd-comment-label<?php echo $is_ping ? ' wpd-label-ping' : ''; ?>" wpd-tooltip="<?php echo esc_attr( $label ); ?>" wpd-tooltip-position="top">
					<span><?php echo esc_html( $label ); ?></span>
				</div>
			</div>
			<div id="comment-<?php echo esc_attr( $comment_id ); ?>" class="wpd-comment-right">
				<div class="wpd-comment-header">
					<div class="wpd-comment-author ">
						<?php if ( $author_url ) : ?>
							<a href="<?php echo esc_url( $author_url ); ?>" rel="nofollow ugc" target="_blank"><?php echo esc_html( $author ); ?></a>
						<?php else : ?>
							<?php echo esc_html( $author ); ?>
						<?php endif; ?>
					</div>
					<div class="wpd-comment-date" title="<?php echo esc_attr( $exact_date ); ?>">
						<i class="far fa-clock" aria-hidden="true"></i>
						<?php echo esc_html( samtal_wpd_date_diff( $comment ) ); ?>
					</div>
					<?php if ( '0' === (string) $comment->comment_approved ) : ?>
						<div class="wpd-comment-status"><i class="fas fa-exclamation-circle" aria-hidden="true"></i> <?php esc_html_e( 'Din kommentar väntar på granskning.', 'samtal' ); ?></div>
					<?php endif; ?>
					<div class="wpd-space"></div>
					<?php edit_comment_link( __( 'Redigera', 'samtal' ), '<div class="wpd-comment-edit">', '</div>' ); ?>
				</div>
				<div class="wpd-comment-text">
					<?php comment_text( $comment ); ?>
				</div>
				<div class="wpd-comment-footer">
					<div class="wpd-vote">
						<div class="wpd-vote-up wpd_not_clicked" wpd-tooltip="<?php esc_attr_e( 'Rösta upp', 'samtal' ); ?>">
							<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path fill="none" d="M0 0h24v24H0V0z"/><path d="M1 21h4V9H1v12zm22-11c0-1.1-.9-2-2-2h-6.31l.95-4.57.03-.32c0-.41-.17-.79-.44-1.06L14.17 1 7.59 7.59C7.22 7.95 7 8.45 7 9v10c0 1.1.9 2 2 2h9c.83 0 1.54-.5 1.84-1.22l3.02-7.05c.09-.23.14-.47.14-.73v-2z"/></svg>
						</div>
						<div class="wpd-vote-result" title="<?php echo esc_attr( $votes ); ?>"><?php echo esc_html( $votes ); ?></div>
						<div class="wpd-vote-result-sep"></div>
						<div class="wpd-vote-down wpd_not_clicked" wpd-tooltip="<?php esc_attr_e( 'Rösta ner', 'samtal' ); ?>">
							<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><path fill="none" d="M0 0h24v24H0z"/><path d="M15 3H6c-.83 0-1.54.5-1.84 1.22l-3.02 7.05c-.09.23-.14.47-.14.73v2c0 1.1.9 2 2 2h6.31l-.95 4.57-.03.32c0 .41.17.79.44 1.06L9.83 23l6.59-6.59c.36-.36.58-.86.58-1.41V5c0-1.1-.9-2-2-2zm4 0v12h4V3h-4z"/></svg>
						</div>
					</div>
					<?php
					comment_reply_link(
						array_merge(
							$args,
							array(
								'add_below'  => 'wpdiscuz_form_anchor',
								'depth'      => $depth,
								'max_depth'  => $args['max_depth'],
								'reply_text' => '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true"><path d="M10 9V5l-7 7 7 7v-4.1c5 0 8.5 1.6 11 5.1-1-5-4-10-11-11z"/></svg><span>' . esc_html__( 'Svara', 'samtal' ) . '</span>',
								'login_text' => '<span>' . esc_html__( 'Logga in för att svara', 'samtal' ) . '</span>',
								'before'     => '<div class="wpd-reply-button">',
								'after'      => '</div>',
							)
						),
						$comment
					);
					?>
					<div class="wpd-space"></div>
					<div class="wpd-comment-link">
						<a class="wpd-comment-permalink" href="<?php echo esc_url( get_comment_link( $comment ) ); ?>" wpd-tooltip="<?php esc_attr_e( 'Kommentarslänk', 'samtal' ); ?>" wpd-tooltip-position="left" title="<?php esc_attr_e( 'Kommentarslänk', 'samtal' ); ?>">
							<i class="fas fa-link" aria-hidden="true"></i><span class="screen-reader-text"><?php esc_html_e( 'Länk till kommentaren', 'samtal' ); ?></span>
						</a>
					</div>
					<div class="wpd-toggle wpd-hidden wpd_not_clicked" wpd-tooltip="<?php esc_attr_e( 'Dölj svar', 'samtal' ); ?>"><i class="fas fa-chevron-up" aria-hidden="true"></i></div>
				</div>
			</div>
		</div>
		<div id="wpdiscuz_form_anchor-<?php echo esc_attr( $comment_id ); ?>"></div>
	<?php
	// Diven stängs i samtal_wpd_comment_end(), efter eventuella svar.
}

/**
 * Stänger kommentarens div (svaren hamnar alltså inuti föräldern).
 */
function samtal_wpd_comment_end() {
	echo "</div>\n";
}

/**
 * Argument till comment_form(): wpDiscuz-formulärets markup, men postat
 * till wp-comments-post.php som vanligt.
 *
 * @return array
 */
function samtal_wpd_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$star      = $req ? '*' : '';
	$required  = $req ? ' required="required" aria-required="true"' : '';
	$uid       = '0_0';

	$user        = wp_get_current_user();
	$form_avatar = get_avatar( $user->exists() ? $user->ID : 0, 56, '', $user->exists() ? $user->display_name : 'guest' );

	$fields = array(
		'author' => '<div class="wpdiscuz-item wc_name-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-user"></i></div>'
			. '<input id="wc_name-' . $uid . '" value="' . esc_attr( $commenter['comment_author'] ) . '"' . $required . ' class="wc_name wpd-field" type="text" name="author" placeholder="' . esc_attr( __( 'Namn', 'samtal' ) . $star ) . '" maxlength="245" autocomplete="name" />'
			. '<label for="wc_name-' . $uid . '" class="wpdlb">' . esc_html( __( 'Namn', 'samtal' ) . $star ) . '</label></div>',
		'email'  => '<div class="wpdiscuz-item wc_email-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-at"></i></div>'
			. '<input id="wc_email-' . $uid . '" value="' . esc_attr( $commenter['comment_author_email'] ) . '"' . $required . ' class="wc_email wpd-field" type="email" name="email" placeholder="' . esc_attr( __( 'E-post', 'samtal' ) . $star ) . '" maxlength="100" autocomplete="email" />'
			. '<label for="wc_email-' . $uid . '" class="wpdlb">' . esc_html( __( 'E-post', 'samtal' ) . $star ) . '</label></div>',
		'url'    => '<div class="wpdiscuz-item wc_website-wrapper wpd-has-icon"><div class="wpd-field-icon"><i class="fas fa-link"></i></div>'
			. '<input id="wc_website-' . $uid . '" value="' . esc_attr( $commenter['comment_author_url'] ) . '" class="wc_website wpd-field" type="url" name="url" placeholder="' . esc_attr__( 'Webbplats', 'samtal' ) . '" maxlength="200" autocomplete="url" />'
			. '<label for="wc_website-' . $uid . '" class="wpdlb">' . esc_html__( 'Webbplats', 'samtal' ) . '</label></div>',
	);

	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$fields['cookies'] = '<div class="wpdiscuz-item wpd-field-group wpd-field-checkbox wpd-field-single wc_cookies-wrapper">'
			. '<input id="wp-comment-cookies-consent" class="wpd-field wpd-agreement-checkbox" type="checkbox" name="wp-comment-cookies-consent" value="yes"' . ( empty( $commenter['comment_author_email'] ) ? '' : ' checked="checked"' ) . ' />'
			. '<label class="wpd-field-label wpd-cursor-pointer" for="wp-comment-cookies-consent">' . esc_html__( 'Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.', 'samtal' ) . '</label></div>';
	}

	return array(
		'fields'               => $fields,
		'comment_field'        => '<div class="wpd-field-comment"><div class="wpdiscuz-item wc-field-textarea"><div class="wpdiscuz-textarea-wrap ">'
			. '<div class="wpd-avatar">' . ( $form_avatar ? $form_avatar : '' ) . '</div>'
			. '<div id="wpd-editor-wraper-' . $uid . '">'
			. '<label for="wc-textarea-' . $uid . '" class="wpdlb">' . esc_html__( 'Kommentar', 'samtal' ) . '</label>'
			. '<textarea id="wc-textarea-' . $uid . '" name="comment" class="wc_comment wpd-field" rows="4" maxlength="65525" required="required" placeholder="' . esc_attr__( 'Delta i diskussionen', 'samtal' ) . '"></textarea>'
			. '</div></div></div></div>',
		'comment_notes_before' => '',
		'comment_notes_after'  => '<div class="wpd-form-foot"><div class="wpdiscuz-textarea-foot"><div class="wpdiscuz-button-actions"></div></div><div class="wpd-form-row"><div class="wpd-form-col-left">',
		'id_form'              => 'commentform',
		'class_form'           => 'wpd_comm_form wpd_main_comm_form',
		'class_container'      => 'wpd-form wpd-form-wrapper wpd-main-form-wrapper comment-respond',
		'title_reply'          => __( 'Lämna en kommentar', 'samtal' ),
		/* translators: %s: namnet på den som besvaras */
		'title_reply_to'       => __( 'Svara %s', 'samtal' ),
		'title_reply_before'   => '<div id="reply-title" class="wpd-form-title comment-reply-title">',
		'title_reply_after'    => '</div>',
		'cancel_reply_before'  => ' <span class="wpd-cancel-reply">',
		'cancel_reply_after'   => '</span>',
		'cancel_reply_link'    => __( 'Avbryt svar', 'samtal' ),
		'label_submit'         => __( 'Skicka kommentar', 'samtal' ),
		'id_submit'            => 'wpd-field-submit-' . $uid,
		'class_submit'         => 'wc_comm_submit wpd_not_clicked wpd-prim-button',
		'name_submit'          => 'submit',
		'submit_button'        => '<input name="%1$s" type="submit" id="%2$s" class="%3$s" value="%4$s" aria-label="%4$s" />',
		'submit_field'         => '</div><div class="wpd-form-col-right"><div class="wc-field-submit">'
			. '<label class="wpd_label" wpd-tooltip="' . esc_attr__( 'Meddela om nya svar på denna kommentar', 'samtal' ) . '">'
			. '<input id="wc_notification_new_comment-' . $uid . '" class="wc_notification_new_comment-' . $uid . ' wpd_label__checkbox" value="comment" type="checkbox" name="wpdiscuz_notification_type" />'
			. '<span class="wpd_label__text"><span class="wpd_label__check"><i class="fas fa-bell wpdicon wpdicon-on"></i><i class="fas fa-bell-slash wpdicon wpdicon-off"></i></span></span></label>'
			. '%1$s</div></div><div class="clearfix"></div></div></div>'
			. '<input type="hidden" class="wpdiscuz_unique_id" value="' . $uid . '" name="wpdiscuz_unique_id" />%2$s',
		'format'               => 'html5',
	);
}
