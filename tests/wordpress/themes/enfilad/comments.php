<?php
/**
 * Enfold's comments.php.
 *
 * div.comment-entry.post-entry
 *   div.comment_meta_container > div.side-container-comment > div.side-container-comment-inner
 *       span.comment-count (N, pingbacks included) + span.comment-text
 *   div.comment_container
 *       span.comment_page_nav_links.comment_page_nav_links_top
 *       ol.commentlist#comments  (comments only, via enfilad_custom_comments)
 *       h4#pingback_heading + ol.pingbacklist (pingbacks, WordPress' default walker)
 *       span.comment_page_nav_links.comment_page_nav_links_bottom
 *   div.comment_container > h3.miniheading + span.minitext + comment_form()
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

if ( post_password_required() ) :

	if ( comments_open() ) :
		?>
		<p>Detta inlägg är lösenordsskyddat. Ange lösenordet för att se eventuella kommentarer.</p>
		<?php
	endif;

	/* Stop the rest of comments.php from being processed. */
	return;

endif;
?>



<div class='comment-entry post-entry'>

<?php
if ( get_comments_number() != '0' || comments_open() ) :
	?>
<div class='comment_meta_container'>

			<div class='side-container-comment'>

					<div class='side-container-comment-inner'>
						<?php
						$enfilad_ccount = (int) get_comments_number();
						$enfilad_rep    = 'kommentarer';
						if ( 1 === $enfilad_ccount ) {
							$enfilad_rep = 'kommentar';
						}
						?>

						<span class='comment-count'><?php echo $enfilad_ccount; // phpcs:ignore ?></span>
						<span class='comment-text'><?php echo $enfilad_rep; // phpcs:ignore ?></span>
						<?php if ( comments_open() ) : ?>
						<span class='text-sep'>/</span> <a href='#respond' class='comment-reply-jump'>Lämna en kommentar</a>
						<?php endif; ?>
						<span class='center-border center-border-left'></span>
						<span class='center-border center-border-right'></span>

					</div>

				</div>

			</div>

	<?php
endif;

if ( have_comments() ) :
	?>

			<div class='comment_container'>


	<?php
	if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : // Are there comments to navigate through?
		echo "<span class='comment_page_nav_links comment_page_nav_links_top'>";
		echo "<span class='comment_prev_page'>";
		previous_comments_link( '&laquo; Äldre kommentarer' );
		echo '</span>';
		echo "<span class='comment_next_page'>";
		next_comments_link( 'Nyare kommentarer &raquo;' );
		echo '</span>';
		echo '</span>';
	endif; // check for comment navigation

	// get comments
	$enfilad_comment_entries = get_comments(
		array(
			'type'    => 'comment',
			'post_id' => get_the_ID(),
			'status'  => 'approve',
			'number'  => 1,
		)
	);

	if ( ! empty( $enfilad_comment_entries ) ) {
		?>
			<ol class="commentlist" id="comments">
				<?php
				/*
				 * Loop through and list the comments with Enfold's own callback.
				 */
				wp_list_comments(
					array(
						'type'     => 'comment',
						'callback' => 'enfilad_custom_comments',
					)
				);
				?>
			</ol>
		<?php
	}

	// get ping and trackbacks
	$enfilad_ping_entries = get_comments(
		array(
			'type'    => 'pings',
			'post_id' => get_the_ID(),
			'status'  => 'approve',
			'number'  => 1,
		)
	);

	if ( ! empty( $enfilad_ping_entries ) ) {
		echo "<h4 id='pingback_heading'>Trackbacks &amp; Pingbacks</h4>";
		?>

			<ol class="pingbacklist">
				<?php
				/*
				 * Loop through and list the pingbacks and trackbacks.
				 */
				wp_list_comments(
					array(
						'type'              => 'pings',
						'reverse_top_level' => true,
					)
				);
				?>
			</ol>
		<?php
	}

	if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : // Are there comments to navigate through?
		echo "<span class='comment_page_nav_links comment_page_nav_links_bottom'>";
		echo "<span class='comment_prev_page'>";
		previous_comments_link( '&laquo; Äldre kommentarer' );
		echo '</span>';
		echo "<span class='comment_next_page'>";
		next_comments_link( 'Nyare kommentarer &raquo;' );
		echo '</span>';
		echo '</span>';
	endif; // check for comment navigation

	echo '</div> <!-- end grid div-->';

endif; // end have_comments()


/*
 * Last but not least WordPress' comment_form().
 */
if ( comments_open() ) {

	echo "<div class='comment_container'>";
	echo "<h3 class='miniheading'>Lämna en kommentar</h3>";
	echo "<span class='minitext'>Vill du delta i diskussionen? <br/>Dela gärna med dig!</span>";

	$enfilad_commenter = wp_get_current_commenter();
	$enfilad_req       = get_option( 'require_name_email' );
	$enfilad_req_html  = $enfilad_req ? ' <span class="required">*</span>' : '';
	$enfilad_aria      = $enfilad_req ? " aria-required='true' required='required'" : '';
	$enfilad_consent   = empty( $enfilad_commenter['comment_author_email'] ) ? '' : ' checked="checked"';

	comment_form(
		array(
			'fields'               => array(
				'author'  => '<p class="comment-form-author"><label for="author">Namn' . $enfilad_req_html . '</label> <input id="author" name="author" type="text" value="' . esc_attr( $enfilad_commenter['comment_author'] ) . '" size="30" maxlength="245"' . $enfilad_aria . ' /></p>',
				'email'   => '<p class="comment-form-email"><label for="email">E-postadress' . $enfilad_req_html . '</label> <input id="email" name="email" type="text" value="' . esc_attr( $enfilad_commenter['comment_author_email'] ) . '" size="30" maxlength="100" aria-describedby="email-notes"' . $enfilad_aria . ' /></p>',
				'url'     => '<p class="comment-form-url"><label for="url">Webbplats</label> <input id="url" name="url" type="text" value="' . esc_attr( $enfilad_commenter['comment_author_url'] ) . '" size="30" maxlength="200" /></p>',
				'cookies' => '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $enfilad_consent . ' /> <label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>',
			),
			'comment_field'        => '<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>',
			'comment_notes_before' => '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte publiceras.</span> <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span></p>',
			'title_reply'          => 'Lämna ett svar',
			'title_reply_to'       => 'Lämna ett svar till %s',
			'cancel_reply_link'    => 'Avbryt svar',
			'label_submit'         => 'Publicera kommentar',
			'must_log_in'          => '<p class="must-log-in">Du måste vara <a href="' . esc_url( wp_login_url( get_permalink() ) ) . '">inloggad</a> för att publicera en kommentar.</p>',
		)
	);
	echo '</div>';

} elseif ( get_comments_number() ) {
	/* Comments are closed but there are comments: leave a little note. */
	echo "<h3 class=' commentsclosed'>Kommentarer är stängda.</h3>";
}
?>

</div>
