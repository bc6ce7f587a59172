<?php
/**
 * Kommentarer: egen callback (td_comment) och formulärargument.
 *
 * @package Tidning
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Callback för wp_list_comments(). WordPress stänger <li> själv (ingen end-callback).
 *
 * @param WP_Comment $comment Kommentar.
 * @param array      $args    Argument.
 * @param int        $depth   Djup.
 */
function tidning_comment( $comment, $args, $depth ) {
	$GLOBALS['comment'] = $comment; // phpcs:ignore WordPress.WP.GlobalVariablesOverride
	$tag      = ( 'div' === $args['style'] ) ? 'div' : 'li';
	$is_ping  = in_array( $comment->comment_type, array( 'pingback', 'trackback' ), true );
	$date_txt = get_comment_date( 'j F Y', $comment ) . ' ' . __( 'kl.', 'tidning' ) . ' ' . get_comment_date( 'H:i', $comment );

	if ( $is_ping ) :
		?>
	<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput ?> <?php comment_class( 'td-ping', $comment ); ?> id="comment-<?php comment_ID(); ?>">
	<article>
		<footer>
			<cite><span class="td-ping-type"><?php echo 'trackback' === $comment->comment_type ? 'Trackback:' : 'Pingback:'; ?></span> <?php comment_author_link( $comment ); ?></cite>
			<a class="comment-link" href="<?php echo esc_url( get_comment_link( $comment ) ); ?>">
				<time pubdate="<?php echo esc_attr( get_comment_time( 'U', true ) ); ?>"><?php echo esc_html( $date_txt ); ?></time>
			</a>
		</footer>
		<div class="comment-content">
			<?php comment_text( $comment ); ?>
		</div>
		<div class="comment-meta"><?php edit_comment_link( __( 'Redigera', 'tidning' ) ); ?></div>
	</article>
		<?php
		return;
	endif;
	?>
	<<?php echo $tag; // phpcs:ignore WordPress.Security.EscapeOutput ?> <?php comment_class( '', $comment ); ?> id="comment-<?php comment_ID(); ?>">
	<article>
		<footer>
			<?php echo get_avatar( $comment, 50 ); ?>
			<cite><?php comment_author_link( $comment ); ?></cite>

			<a class="comment-link" href="<?php echo esc_url( get_comment_link( $comment ) ); ?>">
				<time pubdate="<?php echo esc_attr( get_comment_time( 'U', true ) ); ?>"><?php echo esc_html( $date_txt ); ?></time>
			</a>
		</footer>

		<div class="comment-content">
			<?php if ( '0' === $comment->comment_approved ) : ?>
				<em class="comment-awaiting-moderation"><?php esc_html_e( 'Din kommentar väntar på granskning.', 'tidning' ); ?></em>
			<?php endif; ?>
			<?php comment_text( $comment ); ?>
		</div>

		<div class="comment-meta" id="comment-<?php comment_ID(); ?>">
			<?php
			comment_reply_link( array_merge( $args, array(
				'depth'      => $depth,
				'max_depth'  => $args['max_depth'],
				'reply_text' => __( 'Svara', 'tidning' ),
				'login_text' => __( 'Logga in för att svara', 'tidning' ),
			) ) );
			?>
		</div>
	</article>
	<?php
}

/**
 * Argument till comment_form().
 *
 * @return array
 */
function tidning_comment_form_args() {
	$commenter = wp_get_current_commenter();
	$req       = (bool) get_option( 'require_name_email' );
	$aria_req  = $req ? " aria-required='true'" : '';
	$consent   = empty( $commenter['comment_author_email'] ) ? '' : ' checked="checked"';

	$fields = array(
		'author' => '<div class="comment-form-input-wrap td-form-author">
			<input class="" id="author" name="author" placeholder="' . esc_attr__( 'Namn:', 'tidning' ) . ( $req ? '*' : '' ) . '" type="text" value="' . esc_attr( $commenter['comment_author'] ) . '" size="30" ' . $aria_req . ' />
			<div class="td-warning-author">' . esc_html__( 'Ange ditt namn här', 'tidning' ) . '</div>
		</div>',
		'email'  => '<div class="comment-form-input-wrap td-form-email">
			<input class="" id="email" name="email" placeholder="' . esc_attr__( 'E-post:', 'tidning' ) . ( $req ? '*' : '' ) . '" type="text" value="' . esc_attr( $commenter['comment_author_email'] ) . '" size="30" ' . $aria_req . ' />
			<div class="td-warning-email-error">' . esc_html__( 'Du har angett en felaktig e-postadress!', 'tidning' ) . '</div>
			<div class="td-warning-email">' . esc_html__( 'Ange din e-postadress här', 'tidning' ) . '</div>
		</div>',
		'url'    => '<div class="comment-form-input-wrap td-form-url">
			<input class="" id="url" name="url" placeholder="' . esc_attr__( 'Webbplats:', 'tidning' ) . '" type="text" value="' . esc_attr( $commenter['comment_author_url'] ) . '" size="30" />
		</div>',
	);
	if ( has_action( 'set_comment_cookies', 'wp_set_comment_cookies' ) && get_option( 'show_comments_cookies_opt_in' ) ) {
		$fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . ' /><label for="wp-comment-cookies-consent">' . esc_html__( 'Spara mitt namn, e-post och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.', 'tidning' ) . '</label></p>';
	}

	return array(
		'fields'               => $fields,
		'comment_field'        => '<div class="clearfix"></div>
			<div class="comment-form-input-wrap td-form-comment">
				<textarea placeholder="' . esc_attr__( 'Kommentar:', 'tidning' ) . '" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>
				<div class="td-warning-comment">' . esc_html__( 'Skriv din kommentar!', 'tidning' ) . '</div>
			</div>',
		'comment_notes_before' => '',
		'comment_notes_after'  => '',
		'title_reply'          => __( 'LÄMNA EN KOMMENTAR', 'tidning' ),
		/* translators: %s: kommentarsförfattare */
		'title_reply_to'       => __( 'Svara till %s', 'tidning' ),
		'cancel_reply_link'    => __( 'Avbryt svar', 'tidning' ),
		'label_submit'         => __( 'Skicka kommentar', 'tidning' ),
		'class_submit'         => 'submit',
		'class_form'           => 'comment-form',
		/* translators: %s: inloggningslänk */
		'must_log_in'          => '<p class="must-log-in td-login-comment"><a class="td-login-modal-js" data-effect="mpf-td-login-effect" href="' . esc_url( wp_login_url( get_permalink() ) ) . '">' . esc_html__( 'Logga in för att lämna en kommentar', 'tidning' ) . '</a></p>',
	);
}
