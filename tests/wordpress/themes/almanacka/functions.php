<?php
/**
 * Almanacka – funktioner
 *
 * @package Almanacka
 */

if ( ! isset( $content_width ) ) {
	$content_width = 600;
}

if ( ! function_exists( 'almanacka_setup' ) ) :
/**
 * Grundinställningar för temat.
 */
function almanacka_setup() {
	load_theme_textdomain( 'almanacka', get_template_directory() . '/languages' );

	add_theme_support( 'title-tag' );
	add_theme_support( 'automatic-feed-links' );
	add_theme_support( 'post-thumbnails' );
	set_post_thumbnail_size( 150, 150, true );
	add_image_size( 'almanacka-single', 600, 300, true );

	register_nav_menus( array(
		'primary' => __( 'Huvudmeny', 'almanacka' ),
	) );
}
endif;
add_action( 'after_setup_theme', 'almanacka_setup' );

/**
 * Widgetytor.
 */
function almanacka_widgets_init() {
	register_sidebar( array(
		'name'          => __( 'Sidopanel', 'almanacka' ),
		'id'            => 'sidebar-1',
		'description'   => __( 'Widgets i högerspalten.', 'almanacka' ),
		'before_widget' => '<li id="%1$s" class="widget %2$s">',
		'after_widget'  => '</li>',
		'before_title'  => '<h2 class="widgettitle">',
		'after_title'   => '</h2>',
	) );
	register_sidebar( array(
		'name'          => __( 'Sidfot', 'almanacka' ),
		'id'            => 'sidebar-2',
		'description'   => __( 'Widgets i sidfoten.', 'almanacka' ),
		'before_widget' => '<div id="%1$s" class="widget %2$s">',
		'after_widget'  => '</div>',
		'before_title'  => '<h3 class="widgettitle">',
		'after_title'   => '</h3>',
	) );
}
add_action( 'widgets_init', 'almanacka_widgets_init' );

/**
 * Utdrag: lite längre än standard, och "Läs mer" sköts i mallen.
 */
function almanacka_excerpt_length( $length ) {
	return 45;
}
add_filter( 'excerpt_length', 'almanacka_excerpt_length' );

function almanacka_excerpt_more( $more ) {
	return ' [&hellip;]';
}
add_filter( 'excerpt_more', 'almanacka_excerpt_more' );

/**
 * Reservmeny om ingen meny har valts under Utseende > Menyer.
 */
function almanacka_page_menu() {
	echo '<ul class="menu">';
	echo '<li class="' . ( is_front_page() ? 'current_page_item' : 'page_item' ) . '"><a href="' . esc_url( home_url( '/' ) ) . '">' . __( 'Hem', 'almanacka' ) . '</a></li>';
	wp_list_pages( 'title_li=&depth=2' );
	echo '</ul>';
}

/**
 * Kalenderbrickan bredvid rubriken: dag, månad och år i var sitt span.
 */
function almanacka_calendar() {
	?>
	<div class="calendar">
		<span class="day"><?php the_time( 'd' ); ?></span>
		<span class="month"><?php the_time( 'M' ); ?></span>
		<span class="year"><?php the_time( 'Y' ); ?></span>
	</div>
	<?php
}

/**
 * Metarutan efter inlägget: författare, kategorier och taggar.
 */
function almanacka_postmeta() {
	?>
	<div class="postmeta">
		<span class="meta-author"><?php _e( 'Skrivet av', 'almanacka' ); ?> <?php the_author_posts_link(); ?></span>
		<?php if ( 'post' == get_post_type() ) : ?>
		| <span class="meta-cats"><?php _e( 'Kategorier:', 'almanacka' ); ?> <?php the_category( ', ' ); ?></span>
		<?php the_tags( '| <span class="meta-tags">' . __( 'Taggar:', 'almanacka' ) . ' ', ', ', '</span>' ); ?>
		<?php endif; ?>
		<?php edit_post_link( __( 'Redigera', 'almanacka' ), '| <span class="meta-edit">', '</span>' ); ?>
	</div>
	<?php
}

/**
 * Bläddring mellan sidor i listningar. Använder WP-PageNavi om det är installerat.
 */
function almanacka_pagination() {
	global $wp_query;
	if ( $wp_query->max_num_pages < 2 ) {
		return;
	}
	if ( function_exists( 'wp_pagenavi' ) ) {
		wp_pagenavi();
		return;
	}
	?>
	<div class="navigation">
		<div class="alignleft"><?php next_posts_link( __( '&laquo; Äldre inlägg', 'almanacka' ) ); ?></div>
		<div class="alignright"><?php previous_posts_link( __( 'Nyare inlägg &raquo;', 'almanacka' ) ); ?></div>
	</div>
	<?php
}

if ( ! function_exists( 'almanacka_comment' ) ) :
/**
 * Mall för en kommentar. Används som callback till wp_list_comments().
 *
 * Författare och datum i <dt>, själva texten i <dd>.
 * Den avslutande </li> skrivs ut av WordPress.
 */
function almanacka_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment;

	$commenter          = wp_get_current_commenter();
	$show_pending_links = ! empty( $commenter['comment_author'] );
	?>
	<li <?php comment_class(); ?> id="li-comment-<?php comment_ID(); ?>">
		<dl id="comment-<?php comment_ID(); ?>" class="comment-body">
			<dt class="comment-author vcard">
				<?php echo get_avatar( $comment, 40 ); ?>
				<cite class="fn"><?php
				if ( '0' == $comment->comment_approved && ! $show_pending_links ) {
					comment_author();
				} else {
					comment_author_link();
				}
				?></cite> <span class="says"><?php _e( 'säger:', 'almanacka' ); ?></span>
				<span class="comment-date"><a href="<?php echo esc_url( get_comment_link( $comment->comment_ID ) ); ?>"><?php comment_date( 'j F Y' ); ?> <?php _e( 'kl.', 'almanacka' ); ?> <?php comment_time( 'H:i' ); ?></a><?php edit_comment_link( __( '(Redigera)', 'almanacka' ), ' ', '' ); ?></span>
			</dt>
			<dd class="comment-text">
				<?php if ( '0' == $comment->comment_approved ) : ?>
				<p class="moderation"><em><?php _e( 'Din kommentar väntar på granskning.', 'almanacka' ); ?></em></p>
				<?php endif; ?>

				<?php comment_text(); ?>

				<div class="reply">
					<?php comment_reply_link( array_merge( $args, array(
						'reply_text' => __( 'Svara', 'almanacka' ),
						'depth'      => $depth,
						'max_depth'  => $args['max_depth'],
					) ) ); ?>
				</div>
			</dd>
		</dl>
	<?php
}
endif;

if ( ! function_exists( 'almanacka_ping' ) ) :
/**
 * Trackbacks och pingbacks: bara en länk och datum, ingen text.
 */
function almanacka_ping( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment;
	?>
	<li <?php comment_class(); ?> id="comment-<?php comment_ID(); ?>"><?php comment_author_link(); ?> <small>(<?php comment_date( 'j F Y' ); ?>)</small>
	<?php
}
endif;

/**
 * Kommentarsformulärets fält i gammal god stil: fältet först, etiketten efter.
 */
function almanacka_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = get_option( 'require_name_email' );
	$req_txt   = $req ? ' ' . __( '(obligatoriskt)', 'almanacka' ) : '';
	$aria_req  = $req ? ' aria-required="true"' : '';
	$user      = wp_get_current_user();
	$post_id   = get_the_ID();

	$fields = array(
		'author' => '<p class="comment-form-author"><input type="text" name="author" id="author" value="' . esc_attr( $commenter['comment_author'] ) . '" size="22" tabindex="1"' . $aria_req . ' /> <label for="author"><small>' . __( 'Namn', 'almanacka' ) . $req_txt . '</small></label></p>',
		'email'  => '<p class="comment-form-email"><input type="text" name="email" id="email" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="22" tabindex="2"' . $aria_req . ' /> <label for="email"><small>' . __( 'E-post (publiceras inte)', 'almanacka' ) . $req_txt . '</small></label></p>',
		'url'    => '<p class="comment-form-url"><input type="text" name="url" id="url" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="22" tabindex="3" /> <label for="url"><small>' . __( 'Webbplats', 'almanacka' ) . '</small></label></p>',
	);

	return array(
		'fields'               => $fields,
		'comment_field'        => '<p class="comment-form-comment"><textarea name="comment" id="comment" cols="58" rows="10" tabindex="4"></textarea></p>',
		'comment_notes_before' => '<p class="comment-notes">' . __( 'Din e-postadress kommer inte att publiceras.', 'almanacka' ) . '</p>',
		'comment_notes_after'  => '<p class="form-allowed-tags"><small>' . sprintf( __( 'Du kan använda dessa HTML-taggar: %s', 'almanacka' ), '<code>' . allowed_tags() . '</code>' ) . '</small></p>',
		'must_log_in'          => '<p class="must-log-in">' . sprintf( __( 'Du måste vara <a href="%s">inloggad</a> för att kunna kommentera.', 'almanacka' ), wp_login_url( apply_filters( 'the_permalink', get_permalink( $post_id ), $post_id ) ) ) . '</p>',
		'logged_in_as'         => '<p class="logged-in-as">' . sprintf( __( 'Inloggad som <a href="%1$s">%2$s</a>. <a href="%3$s" title="Logga ut från det här kontot">Logga ut &raquo;</a>', 'almanacka' ), admin_url( 'profile.php' ), esc_html( $user->display_name ), wp_logout_url( apply_filters( 'the_permalink', get_permalink( $post_id ), $post_id ) ) ) . '</p>',
		'title_reply'          => __( 'Lämna en kommentar', 'almanacka' ),
		'title_reply_to'       => __( 'Lämna ett svar till %s', 'almanacka' ),
		'cancel_reply_link'    => __( 'Avbryt svar', 'almanacka' ),
		'label_submit'         => __( 'Skicka kommentar', 'almanacka' ),
	);
}
