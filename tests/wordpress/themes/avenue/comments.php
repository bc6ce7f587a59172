<?php
/**
 * Comments template (Avada comments.php).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}

/*
 * If the current post is protected by a password and the visitor has not
 * yet entered the password, return early without loading the comments.
 */
if ( post_password_required() ) {
	return;
}

// The title bar is on, so Avada drops the headings one level.
$avenue_title_size = '3';
?>
<?php if ( have_comments() ) : ?>

	<div id="comments" class="comments-container">
		<?php ob_start(); ?>
		<?php comments_number( 'Inga kommentarer', 'En kommentar', '% kommentarer' ); ?>
		<?php avenue_title_template( ob_get_clean(), $avenue_title_size ); ?>

		<ol class="comment-list commentlist">
			<?php wp_list_comments( 'callback=avenue_comment' ); ?>
		</ol><!-- .comment-list -->

		<?php
		if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) {
			echo '<nav class="fusion-pagination">';
			paginate_comments_links(
				array(
					'prev_text' => '<span class="page-prev"></span><span class="page-text">Föregående</span>',
					'next_text' => '<span class="page-text">Nästa</span><span class="page-next"></span>',
					'type'      => 'plain',
				)
			);
			echo '</nav>';
		}
		?>
	</div>

<?php endif; ?>

<?php if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
	<p class="no-comments">Kommentarsfältet är stängt.</p>
<?php endif; ?>

<?php if ( comments_open() ) : ?>
	<?php
	$avenue_commenter = wp_get_current_commenter();
	$avenue_req       = get_option( 'require_name_email' );
	$avenue_aria_req  = ( $avenue_req ) ? " aria-required='true'" : '';
	$avenue_html_req  = ( $avenue_req ) ? " required='required'" : '';
	$avenue_consent   = empty( $avenue_commenter['comment_author_email'] ) ? '' : ' checked="checked"';
	$avenue_user      = wp_get_current_user();
	$avenue_identity  = $avenue_user->exists() ? $avenue_user->display_name : '';

	$avenue_fields            = array();
	$avenue_fields['author']  = '<div id="comment-input"><input id="author" name="author" type="text" value="' . esc_attr( $avenue_commenter['comment_author'] ) . '" placeholder="Namn (obligatoriskt)" size="30"' . $avenue_aria_req . $avenue_html_req . ' aria-label="Namn"/>';
	$avenue_fields['email']   = '<input id="email" name="email" type="email" value="' . esc_attr( $avenue_commenter['comment_author_email'] ) . '" placeholder="E-post (obligatoriskt)" size="30" ' . $avenue_aria_req . $avenue_html_req . ' aria-label="E-post"/>';
	$avenue_fields['url']     = '<input id="url" name="url" type="url" value="' . esc_attr( $avenue_commenter['comment_author_url'] ) . '" placeholder="Webbplats" size="30" aria-label="Webbadress" /></div>';
	$avenue_fields['cookies'] = '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $avenue_consent . ' /><label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>';

	comment_form(
		array(
			'fields'               => $avenue_fields,
			'comment_field'        => '<div id="comment-textarea"><label class="screen-reader-text" for="comment">Kommentar</label><textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" tabindex="0" class="textarea-comment" placeholder="Kommentar..."></textarea></div>',
			'title_reply'          => 'Lämna en kommentar',
			'title_reply_to'       => 'Lämna en kommentar',
			'title_reply_before'   => '<h' . $avenue_title_size . ' id="reply-title" class="comment-reply-title">',
			'title_reply_after'    => '</h' . $avenue_title_size . '>',
			'cancel_reply_link'    => 'Avbryt svar',
			'must_log_in'          => '<p class="must-log-in">Du måste vara <a href="' . esc_url( wp_login_url( get_permalink() ) ) . '">inloggad</a> för att kunna skriva en kommentar.</p>',
			'logged_in_as'         => '<p class="logged-in-as">Inloggad som <a href="' . esc_url( admin_url( 'profile.php' ) ) . '">' . esc_html( $avenue_identity ) . '</a>. <a href="' . esc_url( wp_logout_url( get_permalink() ) ) . '" title="Logga ut från det här kontot">Logga ut &raquo;</a></p>',
			'comment_notes_before' => '',
			'comment_notes_after'  => '',
			'id_submit'            => 'comment-submit',
			'class_submit'         => 'fusion-button fusion-button-default fusion-button-default-size',
			'label_submit'         => 'Skicka kommentar',
		)
	);
	?>
<?php endif; ?>
