<?php
/**
 * Mosaic – temafunktioner.
 *
 * @package Mosaic
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( ! isset( $content_width ) ) {
	$content_width = 720;
}

/**
 * Grundinställningar för temat.
 */
function mosaic_setup() {
	load_theme_textdomain( 'mosaic', get_template_directory() . '/languages' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support(
		'html5',
		array(
			'comment-list',
			'comment-form',
			'search-form',
			'gallery',
			'caption',
			'style',
			'script',
		)
	);

	register_nav_menus(
		array(
			'primary' => __( 'Huvudmeny', 'mosaic' ),
		)
	);
}
add_action( 'after_setup_theme', 'mosaic_setup' );

/**
 * Widgetområde i sidopanelen.
 */
function mosaic_widgets_init() {
	register_sidebar(
		array(
			'name'          => __( 'Sidopanel', 'mosaic' ),
			'id'            => 'sidebar-1',
			'description'   => __( 'Widgetar som visas bredvid inläggen.', 'mosaic' ),
			'before_widget' => '<section id="%1$s" class="widget %2$s">',
			'after_widget'  => '</section>',
			'before_title'  => '<h2 class="widget-title">',
			'after_title'   => '</h2>',
		)
	);
}
add_action( 'widgets_init', 'mosaic_widgets_init' );

/**
 * Stilmall och skript.
 */
function mosaic_assets() {
	$version = wp_get_theme()->get( 'Version' );

	wp_enqueue_style( 'mosaic-style', get_stylesheet_uri(), array(), $version );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}

	if ( is_singular() && mosaic_post_has_comments() ) {
		wp_enqueue_script(
			'mosaic-likes',
			get_template_directory_uri() . '/assets/js/likes.js',
			array(),
			$version,
			true
		);
	}
}
add_action( 'wp_enqueue_scripts', 'mosaic_assets' );

/**
 * Har det aktuella inlägget några kommentarer? (Används för att ladda gilla-skriptet.)
 *
 * @return bool
 */
function mosaic_post_has_comments() {
	$post = get_queried_object();
	if ( ! ( $post instanceof WP_Post ) ) {
		return false;
	}
	return (int) $post->comment_count > 0;
}

/**
 * Kortare "läs mer"-markör i utdrag.
 *
 * @param string $more Standardmarkör.
 * @return string
 */
function mosaic_excerpt_more( $more ) {
	if ( is_admin() ) {
		return $more;
	}
	return '&hellip;';
}
add_filter( 'excerpt_more', 'mosaic_excerpt_more' );

/**
 * Sidnumrering för listningar, i temats egen omslutning.
 */
function mosaic_pagination() {
	$links = paginate_links(
		array(
			'type'               => 'array',
			'mid_size'           => 2,
			'prev_text'          => __( '&larr; Nyare', 'mosaic' ),
			'next_text'          => __( 'Äldre &rarr;', 'mosaic' ),
			'before_page_number' => '<span class="screen-reader-text">' . esc_html__( 'Sida', 'mosaic' ) . ' </span>',
		)
	);

	if ( empty( $links ) ) {
		return;
	}
	?>
	<nav class="ms-pager" aria-label="<?php esc_attr_e( 'Sidnumrering', 'mosaic' ); ?>">
		<ul class="ms-pager__list">
			<?php foreach ( $links as $link ) : ?>
				<li class="ms-pager__item"><?php echo $link; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- färdig HTML från paginate_links(). ?></li>
			<?php endforeach; ?>
		</ul>
	</nav>
	<?php
}

/**
 * Egen återgivning av en kommentar (callback för wp_list_comments()).
 *
 * Kärnans walker öppnar inte <li> när en callback används, men stänger
 * den själv i end_el(), därför lämnas <li> öppen här.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument från wp_list_comments().
 * @param int        $depth   Djup i tråden.
 */
function mosaic_comment( $comment, $args, $depth ) {
	static $mosaic_number = 0;

	$comment_id = (int) $comment->comment_ID;
	$type       = get_comment_type( $comment );

	// Pingbacks och trackbacks: en enkel rad, ungefär som kärnans short_ping.
	if ( 'pingback' === $type || 'trackback' === $type ) {
		$label = ( 'pingback' === $type ) ? 'Pingback:' : 'Trackback:';
		?>
		<li id="comment-<?php echo esc_attr( $comment_id ); ?>" <?php comment_class( 'ms-ping', $comment ); ?>>
			<div class="ms-ping__line">
				<?php echo esc_html( $label ); ?>
				<?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escapas av kärnan. ?>
				<?php edit_comment_link( __( 'Redigera', 'mosaic' ), '<span class="ms-c__edit">', '</span>' ); ?>
			</div>
		<?php
		return;
	}

	$mosaic_number++;

	$post      = get_post( $comment->comment_post_ID );
	$is_writer = $post && (int) $comment->user_id > 0 && (int) $comment->user_id === (int) $post->post_author;

	$parent = null;
	if ( (int) $comment->comment_parent > 0 ) {
		$parent = get_comment( (int) $comment->comment_parent );
	}
	?>
	<li id="comment-<?php echo esc_attr( $comment_id ); ?>" <?php comment_class( empty( $args['has_children'] ) ? '' : 'parent', $comment ); ?>>
		<div class="ms-c" id="div-comment-<?php echo esc_attr( $comment_id ); ?>">
			<header class="ms-c__head">
				<a class="ms-c__num" href="<?php echo esc_url( get_comment_link( $comment, $args ) ); ?>">#<?php echo esc_html( number_format_i18n( $mosaic_number ) ); ?></a>
				<span class="ms-c__who"><?php echo get_comment_author_link( $comment ); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escapas av kärnan. ?><?php if ( $is_writer ) : ?> <em class="ms-badge"><?php esc_html_e( 'Skribent', 'mosaic' ); ?></em><?php endif; ?></span>
				<span class="ms-c__when"><?php echo esc_html( get_comment_date( 'd.m.Y', $comment ) . ' ' . get_comment_time( 'H:i' ) ); ?></span>
			</header>

			<?php if ( $parent instanceof WP_Comment ) : ?>
				<p class="ms-c__parent">
					<?php esc_html_e( 'svar till', 'mosaic' ); ?>
					<a href="<?php echo esc_url( get_comment_link( $parent ) ); ?>"><?php echo esc_html( get_comment_author( $parent ) ); ?></a>
				</p>
			<?php endif; ?>

			<?php if ( '0' === (string) $comment->comment_approved ) : ?>
				<p class="ms-c__held"><?php esc_html_e( 'Din kommentar väntar på granskning.', 'mosaic' ); ?></p>
			<?php endif; ?>

			<div class="ms-c__body">
				<?php comment_text( $comment ); ?>
			</div>

			<footer class="ms-c__foot">
				<?php
				comment_reply_link(
					array_merge(
						$args,
						array(
							'add_below'  => 'div-comment',
							'depth'      => $depth,
							'max_depth'  => $args['max_depth'],
							'reply_text' => __( 'Svara', 'mosaic' ),
							'before'     => '<span class="ms-c__reply">',
							'after'      => '</span>',
						)
					),
					$comment
				);
				?>
				<button type="button" class="ms-like" data-comment="<?php echo esc_attr( $comment_id ); ?>"><?php esc_html_e( 'Gilla', 'mosaic' ); ?> <span>0</span></button>
				<?php edit_comment_link( __( 'Redigera', 'mosaic' ), '<span class="ms-c__edit">', '</span>' ); ?>
			</footer>
		</div>
	<?php
}
