<?php
/**
 * Kommentarer som Newspaper skriver dem: div.comments#comments, block-title med antal,
 * ol.comment-list med td_comment-återanropet (här tidig_comment), sedan comment_form().
 */
if ( post_password_required() ) {
	return;
}

if ( ! comments_open() && ! have_comments() ) {
	return;
}
?>
<div class="comments" id="comments">
<?php
if ( have_comments() ) {
	$tidig_num_comments = (int) get_comments_number();
	?>
    <div class="td-comments-title-wrap td_block_template_1">
        <h4 class="block-title"><span><?php echo esc_html( $tidig_num_comments . ' ' . ( 1 === $tidig_num_comments ? 'KOMMENTAR' : 'KOMMENTARER' ) ); ?></span></h4>
    </div>

    <ol class="comment-list">
        <?php
        wp_list_comments(
            array(
                'style'    => 'ol',
                'callback' => 'tidig_comment',
            )
        );
        ?>
    </ol>
    <div class="comment-pagination">
        <?php
        paginate_comments_links(
            array(
                'prev_text' => 'Äldre kommentarer',
                'next_text' => 'Nyare kommentarer',
            )
        );
        ?>
    </div>
	<?php
}

if ( ! comments_open() ) {
	?>
    <p class="td-comments-closed">Kommentarer är stängda.</p>
	<?php
}

$tidig_commenter = wp_get_current_commenter();
$tidig_req       = (bool) get_option( 'require_name_email' );
$tidig_aria_req  = ( $tidig_req ? " aria-required='true'" : '' );
$tidig_consent   = empty( $tidig_commenter['comment_author_email'] ) ? '' : ' checked="checked"';

$tidig_fields = array(
	'author'  => '<div class="comment-form-input-wrap td-form-author">
			            <input class="" id="author" name="author" placeholder="Namn:' . ( $tidig_req ? '*' : '' ) . '" type="text" value="' . esc_attr( $tidig_commenter['comment_author'] ) . '" size="30" ' . $tidig_aria_req . ' />
			            <div class="td-warning-author">Skriv ditt namn här</div>
			         </div>',
	'email'   => '<div class="comment-form-input-wrap td-form-email">
			            <input class="" id="email" name="email" placeholder="E-post:' . ( $tidig_req ? '*' : '' ) . '" type="text" value="' . esc_attr( $tidig_commenter['comment_author_email'] ) . '" size="30" ' . $tidig_aria_req . ' />
			            <div class="td-warning-email-error">Du har angett en felaktig e-postadress!</div>
			            <div class="td-warning-email">Skriv din e-postadress här</div>
			         </div>',
	'url'     => '<div class="comment-form-input-wrap td-form-url">
			            <input class="" id="url" name="url" placeholder="Webbplats:" type="text" value="' . esc_attr( $tidig_commenter['comment_author_url'] ) . '" size="30" />
                     </div>',
	'cookies' => '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $tidig_consent . ' /><label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>',
);

comment_form(
	array(
		'fields'               => $tidig_fields,
		'comment_field'        => '<div class="clearfix"></div>
				<div class="comment-form-input-wrap td-form-comment">
					<textarea placeholder="Kommentar:" id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea>
					<div class="td-warning-comment">Skriv din kommentar!</div>
				</div>',
		'comment_notes_before' => '',
		'comment_notes_after'  => '',
		'title_reply'          => 'LÄMNA ETT SVAR',
		'title_reply_to'       => 'Svara %s',
		'cancel_reply_link'    => 'Avbryt svar',
		'label_submit'         => 'Skicka kommentar',
		'must_log_in'          => '<p class="must-log-in td-login-comment"><a class="td-login-modal-js" data-effect="mpf-td-login-effect" href="' . esc_url( wp_login_url( get_permalink() ) ) . '">Logga in för att kommentera</a></p>',
	)
);
?>
</div> <!-- /.content -->
