<?php
/**
 * Harbor functions and definitions.
 *
 * @package Harbor
 * @since   1.0.0
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! defined( 'HARBOR_VERSION' ) ) {
	define( 'HARBOR_VERSION', '1.3.2' );
}

if ( ! function_exists( 'harbor_setup' ) ) :
	/**
	 * Sets up theme defaults and registers support for WordPress features.
	 */
	function harbor_setup() {
		load_theme_textdomain( 'harbor', get_template_directory() . '/languages' );

		add_theme_support( 'automatic-feed-links' );
		add_theme_support( 'title-tag' );
		add_theme_support( 'post-thumbnails' );
		set_post_thumbnail_size( 1200, 640, true );

		/*
		 * HTML5 markup for the search form, comment form, galleries and captions.
		 * The comment list uses the theme's own callback (harbor_comment), so
		 * 'comment-list' is intentionally not declared here.
		 */
		add_theme_support(
			'html5',
			array(
				'search-form',
				'comment-form',
				'gallery',
				'caption',
				'style',
				'script',
				'navigation-widgets',
			)
		);

		add_theme_support(
			'custom-logo',
			array(
				'height'      => 96,
				'width'       => 320,
				'flex-width'  => true,
				'flex-height' => true,
			)
		);

		add_theme_support( 'customize-selective-refresh-widgets' );
		add_theme_support( 'responsive-embeds' );
		add_theme_support( 'align-wide' );
		add_theme_support( 'wp-block-styles' );

		register_nav_menus(
			array(
				'primary' => esc_html__( 'Primary Menu', 'harbor' ),
				'footer'  => esc_html__( 'Footer Menu', 'harbor' ),
			)
		);
	}
endif;
add_action( 'after_setup_theme', 'harbor_setup' );

/**
 * Content width in pixels, based on the main column.
 */
function harbor_content_width() {
	$GLOBALS['content_width'] = apply_filters( 'harbor_content_width', 760 );
}
add_action( 'after_setup_theme', 'harbor_content_width', 0 );

/**
 * Register widget areas.
 */
function harbor_widgets_init() {
	$shared = array(
		'before_widget' => '<section id="%1$s" class="harbor-widget widget %2$s">',
		'after_widget'  => '</section>',
		'before_title'  => '<h2 class="harbor-widget__title">',
		'after_title'   => '</h2>',
	);

	register_sidebar(
		array_merge(
			$shared,
			array(
				'name'        => esc_html__( 'Sidebar', 'harbor' ),
				'id'          => 'sidebar-1',
				'description' => esc_html__( 'Widgets shown next to posts and pages.', 'harbor' ),
			)
		)
	);

	register_sidebar(
		array_merge(
			$shared,
			array(
				'name'        => esc_html__( 'Footer Column 1', 'harbor' ),
				'id'          => 'footer-1',
				'description' => esc_html__( 'First column of the site footer.', 'harbor' ),
			)
		)
	);

	register_sidebar(
		array_merge(
			$shared,
			array(
				'name'        => esc_html__( 'Footer Column 2', 'harbor' ),
				'id'          => 'footer-2',
				'description' => esc_html__( 'Second column of the site footer.', 'harbor' ),
			)
		)
	);
}
add_action( 'widgets_init', 'harbor_widgets_init' );

/**
 * Enqueue scripts and styles.
 */
function harbor_scripts() {
	wp_enqueue_style( 'harbor-style', get_stylesheet_uri(), array(), HARBOR_VERSION );

	wp_enqueue_script(
		'harbor-navigation',
		get_template_directory_uri() . '/js/navigation.js',
		array(),
		HARBOR_VERSION,
		true
	);

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'harbor_scripts' );

/**
 * Pingback discovery header for single posts, pages and attachments.
 */
function harbor_pingback_header() {
	if ( is_singular() && pings_open() ) {
		printf( '<link rel="pingback" href="%s">' . "\n", esc_url( get_bloginfo( 'pingback_url' ) ) );
	}
}
add_action( 'wp_head', 'harbor_pingback_header' );

/**
 * Extra body classes.
 *
 * @param string[] $classes Body classes.
 * @return string[]
 */
function harbor_body_classes( $classes ) {
	if ( ! is_singular() ) {
		$classes[] = 'harbor-is-listing';
	}

	if ( is_404() ) {
		$classes[] = 'harbor-no-sidebar';
	} else {
		$classes[] = 'harbor-has-sidebar';
	}

	return $classes;
}
add_filter( 'body_class', 'harbor_body_classes' );

/**
 * Shorter excerpts on the blog listing.
 *
 * @param int $length Number of words.
 * @return int
 */
function harbor_excerpt_length( $length ) {
	if ( is_admin() ) {
		return $length;
	}
	return 40;
}
add_filter( 'excerpt_length', 'harbor_excerpt_length', 20 );

/**
 * Replace the [&hellip;] excerpt suffix.
 *
 * @param string $more Default suffix.
 * @return string
 */
function harbor_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return '&hellip;';
}
add_filter( 'excerpt_more', 'harbor_excerpt_more' );

/**
 * Fallback for the primary menu when no menu is assigned.
 */
function harbor_menu_fallback() {
	echo '<ul id="harbor-primary-menu" class="harbor-menu">';
	printf(
		'<li class="menu-item"><a href="%1$s">%2$s</a></li>',
		esc_url( home_url( '/' ) ),
		esc_html__( 'Home', 'harbor' )
	);
	wp_list_pages(
		array(
			'title_li' => '',
			'depth'    => 1,
		)
	);
	echo '</ul>';
}

require get_template_directory() . '/inc/template-tags.php';

if ( ! function_exists( 'harbor_comment' ) ) :
	/**
	 * Markup for a single comment, used as the wp_list_comments() callback.
	 *
	 * The opening <li> is printed here; Walker_Comment closes it (and nests
	 * the child list of replies) itself, so there is no closing tag below.
	 *
	 * @param WP_Comment $comment Comment object.
	 * @param array      $args    wp_list_comments() arguments.
	 * @param int        $depth   Depth of the current comment.
	 */
	function harbor_comment( $comment, $args, $depth ) {
		// Template tags such as get_comment_time() read the global comment.
		$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited

		$tag          = ( isset( $args['style'] ) && 'div' === $args['style'] ) ? 'div' : 'li';
		$comment_type = get_comment_type( $comment );

		// Pingbacks and trackbacks: a compact, single-line entry.
		if ( 'pingback' === $comment_type || 'trackback' === $comment_type ) :
			?>
			<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput -- fixed value. ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( 'harbor-ping', $comment ); ?>>
				<div class="harbor-ping__body">
					<span class="harbor-ping__label"><?php echo ( 'trackback' === $comment_type ) ? esc_html__( 'Trackback:', 'harbor' ) : esc_html__( 'Pingback:', 'harbor' ); ?></span>
					<?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>
					<?php edit_comment_link( esc_html__( 'Edit', 'harbor' ), '<span class="harbor-comment__edit">', '</span>' ); ?>
				</div>
			<?php
			return;
		endif;

		$is_pending  = ( '0' === (string) $comment->comment_approved );
		$avatar_size = isset( $args['avatar_size'] ) ? (int) $args['avatar_size'] : 56;
		$extra_class = array( 'harbor-comment' );
		if ( ! empty( $args['has_children'] ) ) {
			$extra_class[] = 'harbor-comment--has-replies';
		}
		if ( $is_pending ) {
			$extra_class[] = 'harbor-comment--pending';
		}
		?>
		<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput -- fixed value. ?> id="comment-<?php comment_ID(); ?>" <?php comment_class( $extra_class, $comment ); ?>>
			<article id="harbor-comment-body-<?php comment_ID(); ?>" class="harbor-comment__card">
				<header class="harbor-comment__header">
					<?php if ( 0 !== $avatar_size ) : ?>
						<div class="harbor-comment__avatar">
							<?php echo get_avatar( $comment, $avatar_size, '', '', array( 'class' => 'harbor-comment__avatar-img' ) ); ?>
						</div>
					<?php endif; ?>
					<div class="harbor-comment__meta">
						<span class="harbor-comment__author">
							<?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput -- escaped by core. ?>
						</span>
						<a class="harbor-comment__permalink" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">
							<time class="harbor-comment__time" datetime="<?php echo esc_attr( get_comment_date( DATE_W3C, $comment ) ); ?>">
								<span class="harbor-comment__date-part"><?php echo esc_html( get_comment_date( '', $comment ) ); ?></span>
								<span class="harbor-comment__time-part"><?php echo esc_html( get_comment_time() ); ?></span>
							</time>
						</a>
					</div>
				</header>

				<?php if ( $is_pending ) : ?>
					<p class="harbor-comment__moderation"><?php esc_html_e( 'Your comment is awaiting moderation.', 'harbor' ); ?></p>
				<?php endif; ?>

				<div class="harbor-comment__text">
					<?php comment_text( $comment ); ?>
				</div>

				<footer class="harbor-comment__actions">
					<?php
					if ( ! $is_pending ) {
						comment_reply_link(
							array_merge(
								$args,
								array(
									'add_below' => 'harbor-comment-body',
									'depth'     => $depth,
									'max_depth' => $args['max_depth'],
									'before'    => '<span class="harbor-comment__reply">',
									'after'     => '</span>',
								)
							),
							$comment
						);
					}
					edit_comment_link( esc_html__( 'Edit', 'harbor' ), '<span class="harbor-comment__edit">', '</span>' );
					?>
				</footer>
			</article>
		<?php
	}
endif;
