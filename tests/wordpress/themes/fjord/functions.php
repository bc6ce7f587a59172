<?php
/**
 * Fjord – funktioner och temainställningar.
 *
 * @package Fjord
 * @since Fjord 1.0
 */

/**
 * Maximal bredd på inbäddat innehåll (bilder, video) i innehållskolumnen.
 */
if ( ! isset( $content_width ) ) {
	$content_width = 600;
}

if ( ! function_exists( 'fjord_setup' ) ) :
/**
 * Grundinställningar för temat.
 *
 * Observera: temat deklarerar medvetet inget stöd för 'html5' – märkningen
 * är skriven för XHTML 1.0 Transitional.
 */
function fjord_setup() {
	load_theme_textdomain( 'fjord', get_template_directory() . '/languages' );

	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'title-tag' );
	add_theme_support( 'post-thumbnails' );
	add_theme_support( 'custom-background', array(
		'default-color' => 'dfe6ea',
	) );

	register_nav_menu( 'primary', __( 'Huvudmeny', 'fjord' ) );
}
endif;
add_action( 'after_setup_theme', 'fjord_setup' );

/**
 * Registrerar sidopanelen.
 */
function fjord_widgets_init() {
	register_sidebar( array(
		'name'          => __( 'Sidopanel', 'fjord' ),
		'id'            => 'sidebar-1',
		'description'   => __( 'Widgetar i den högra kolumnen.', 'fjord' ),
		'before_widget' => '<div id="%1$s" class="widget %2$s">',
		'after_widget'  => '</div>',
		'before_title'  => '<h3 class="widgettitle">',
		'after_title'   => '</h3>',
	) );
}
add_action( 'widgets_init', 'fjord_widgets_init' );

/**
 * Stilmall och skript.
 */
function fjord_scripts() {
	$theme = wp_get_theme( get_template() );

	wp_enqueue_style( 'fjord-style', get_stylesheet_uri(), array(), $theme->get( 'Version' ) );

	if ( is_singular() && comments_open() && get_option( 'thread_comments' ) ) {
		wp_enqueue_script( 'comment-reply' );
	}
}
add_action( 'wp_enqueue_scripts', 'fjord_scripts' );

/**
 * Kortare utdrag och en egen "läs mer"-text.
 */
function fjord_excerpt_length( $length ) {
	return 60;
}
add_filter( 'excerpt_length', 'fjord_excerpt_length' );

function fjord_excerpt_more( $more ) {
	return ' &hellip;';
}
add_filter( 'excerpt_more', 'fjord_excerpt_more' );

if ( ! function_exists( 'fjord_term_links' ) ) :
/**
 * Bygger en kommaseparerad lista med länkar till kategorier eller etiketter.
 *
 * Skriver enkla <a href>-länkar utan rel-attribut.
 *
 * @param array  $terms    Termobjekt från get_the_category() eller get_the_tags().
 * @param string $taxonomy 'category' eller 'post_tag'.
 * @return string HTML, eller tom sträng om det inte finns några termer.
 */
function fjord_term_links( $terms, $taxonomy = 'category' ) {
	if ( empty( $terms ) || ! is_array( $terms ) ) {
		return '';
	}

	$links = array();
	foreach ( $terms as $term ) {
		if ( 'post_tag' === $taxonomy ) {
			$url = get_tag_link( $term->term_id );
		} else {
			$url = get_category_link( $term->term_id );
		}

		if ( empty( $url ) || is_wp_error( $url ) ) {
			continue;
		}

		$links[] = '<a href="' . esc_url( $url ) . '">' . esc_html( $term->name ) . '</a>';
	}

	return implode( ', ', $links );
}
endif;

if ( ! function_exists( 'fjord_comment' ) ) :
/**
 * Callback för wp_list_comments().
 *
 * Öppnar <div id="comment-N">, men stänger den inte – det gör
 * fjord_comment_end() efter eventuella svar.
 *
 * @param WP_Comment $comment Kommentaren.
 * @param array      $args    Argument från wp_list_comments().
 * @param int        $depth   Djup i tråden.
 */
function fjord_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment;

	switch ( $comment->comment_type ) :
		case 'pingback':
		case 'trackback':
			?>
	<div id="comment-<?php comment_ID(); ?>" <?php comment_class(); ?>>
		<div class="comment-body">
			<p><?php echo ( 'trackback' === $comment->comment_type ) ? esc_html__( 'Trackback:', 'fjord' ) : esc_html__( 'Pingback:', 'fjord' ); ?> <?php echo get_comment_author_link(); ?><?php edit_comment_link( __( 'Redigera', 'fjord' ), ' <span class="edit-link">(', ')</span>' ); ?></p>
		</div>
			<?php
			break;

		default:
			?>
	<div id="comment-<?php comment_ID(); ?>" <?php comment_class( empty( $args['has_children'] ) ? '' : 'parent' ); ?>>
		<div id="div-comment-<?php comment_ID(); ?>" class="comment-body">
			<div class="comment-author vcard">
				<?php
				if ( 0 != $args['avatar_size'] ) {
					echo get_avatar( $comment, 48 );
				}
				?>
				<cite class="fn"><?php echo get_comment_author_link(); ?></cite> <span class="says"><?php esc_html_e( 'skriver:', 'fjord' ); ?></span>
			</div>

			<?php if ( $comment->comment_approved == '0' ) : ?>
			<p class="comment-awaiting-moderation"><?php esc_html_e( 'Din kommentar väntar på granskning.', 'fjord' ); ?></p>
			<?php endif; ?>

			<div class="comment-meta commentmetadata">
				<a href="<?php echo esc_url( get_comment_link( $comment ) ); ?>"><?php echo esc_html( get_comment_date() . ' ' . __( 'kl.', 'fjord' ) . ' ' . get_comment_time() ); ?></a><?php edit_comment_link( __( 'Redigera', 'fjord' ), ' <span class="edit-link">(', ')</span>' ); ?>
			</div>

			<div class="comment-text">
				<?php comment_text(); ?>
			</div>

			<div class="reply">
				<?php
				comment_reply_link( array_merge( $args, array(
					'reply_text' => __( 'Svara', 'fjord' ),
					'add_below'  => 'div-comment',
					'depth'      => $depth,
					'max_depth'  => $args['max_depth'],
				) ) );
				?>
			</div>
		</div>
			<?php
			break;
	endswitch;
}
endif;

if ( ! function_exists( 'fjord_comment_end' ) ) :
/**
 * End-callback för wp_list_comments(): stänger kommentarens div
 * (efter att eventuella svar skrivits ut inuti den).
 */
function fjord_comment_end( $comment, $args, $depth ) {
	echo '</div><!-- #comment-' . (int) $comment->comment_ID . " -->\n";
}
endif;

if ( ! function_exists( 'fjord_page_menu' ) ) :
/**
 * Reservmeny om ingen meny har valts: en enkel lista med sidor.
 */
function fjord_page_menu() {
	echo '<div id="nav"><ul class="menu">';
	echo '<li' . ( is_front_page() ? ' class="current_page_item"' : '' ) . '><a href="' . esc_url( home_url( '/' ) ) . '">' . esc_html__( 'Hem', 'fjord' ) . '</a></li>';
	wp_list_pages( array(
		'title_li' => '',
		'depth'    => 1,
	) );
	echo '</ul></div>';
}
endif;
