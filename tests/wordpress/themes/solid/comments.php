<?php
/**
 * Comments area (Soledad comments.php): heading with count, the list printed
 * with style "div" and the theme's own callback, numbered comment pages,
 * then the comment form.
 *
 * @package solid
 */

if ( post_password_required() ) {
	return;
}

$solid_comment_numbers = get_comments_number();
?>
<div class="post-comments<?php if ( 0 == $solid_comment_numbers ) { echo ' no-comment-yet'; } ?> penci-comments-hide-0" id="comments">
	<?php
	if ( have_comments() ) :
		echo '<div class="post-title-box"><h4 class="post-box-title">';
		comments_number( '0 kommentarer', '1 kommentar', '% kommentarer' );
		echo '</h4></div>';

		echo "<div class='comments'>";
		wp_list_comments( array(
			'avatar_size' => 100,
			'max_depth'   => 5,
			'style'       => 'div',
			'callback'    => 'solid_comments_template',
			'type'        => 'all',
		) );
		echo '</div>';

		if ( get_comment_pages_count() > 1 ) {
			echo "<div id='comments_pagination'>";
			paginate_comments_links( array(
				'prev_text' => '&laquo;',
				'next_text' => '&raquo;',
			) );
			echo '</div>';
		}
	endif;

	if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) :
		?>
		<p class="no-comments">Kommentarer är stängda.</p>
		<?php
	endif;

	$solid_commenter = wp_get_current_commenter();
	$solid_req       = get_option( 'require_name_email' );
	$solid_aria_req  = ( $solid_req ? " aria-required='true'" : '' );
	$solid_consent   = empty( $solid_commenter['comment_author_email'] ) ? '' : ' checked="checked"';

	$solid_fields = array(
		'author'  => '<p class="comment-form-author"><input id="author" name="author" type="text" value="' . esc_attr( $solid_commenter['comment_author'] ) . '" placeholder="Namn*" size="30"' . $solid_aria_req . ' /></p>',
		'email'   => '<p class="comment-form-email"><input id="email" name="email" type="text" value="' . esc_attr( $solid_commenter['comment_author_email'] ) . '" placeholder="E-post*" size="30"' . $solid_aria_req . ' /></p>',
		'url'     => '<p class="comment-form-url"><input id="url" name="url" type="text" value="' . esc_attr( $solid_commenter['comment_author_url'] ) . '" placeholder="Webbplats" size="30" /></p>',
		'cookies' => '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $solid_consent . ' /><span class="comment-form-cookies-text" for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i den här webbläsaren till nästa gång jag kommenterar.</span></p>',
	);

	$solid_comment_field = '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="Din kommentar" aria-required="true"></textarea></p>';

	comment_form( array(
		'comment_field'        => $solid_comment_field,
		'comment_notes_after'  => '',
		'logged_in_as'         => '',
		'comment_notes_before' => '',
		'title_reply'          => '<span>Lämna en kommentar</span>',
		'title_reply_to'       => '<span>Svara till %s</span>',
		'cancel_reply_link'    => 'Avbryt svar',
		'label_submit'         => 'Skicka',
		'fields'               => $solid_fields,
		'submit_field'         => '<div class="penci-gdpr-message">* Genom att använda formuläret godkänner du att webbplatsen lagrar och hanterar dina uppgifter.</div><p class="form-submit">%1$s %2$s</p>',
	) );
	?>
</div> <!-- end comments div -->
