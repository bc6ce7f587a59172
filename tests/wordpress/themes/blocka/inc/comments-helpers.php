<?php
/**
 * Comments helpers – blocksy_custom_comment_template() and the
 * comment_form_defaults / comment_form_fields filters, in Swedish.
 *
 * @package blocka
 */

add_filter('comment_form_defaults', function ($defaults) {
	$commenter = wp_get_current_commenter();

	$defaults['format'] = 'xhtml';
	$defaults['class_form'] = 'comment-form has-website-field has-labels-outside';
	$defaults['title_reply'] = 'Lämna ett svar';
	$defaults['title_reply_to'] = 'Svara på %s';
	$defaults['cancel_reply_link'] = 'Avbryt svar';
	$defaults['label_submit'] = 'Publicera kommentar';
	$defaults['comment_notes_before'] = '<p class="comment-notes"><span id="email-notes">Din e-postadress kommer inte publiceras.</span> <span class="required-field-message">Obligatoriska fält är märkta <span class="required">*</span></span></p>';

	$defaults['title_reply_before'] = '<h2 id="reply-title" class="comment-reply-title">';
	$defaults['title_reply_after'] = '</h2>';

	$defaults['cancel_reply_before'] = '<span class="ct-cancel-reply">';
	$defaults['cancel_reply_after'] = '</span>';

	$defaults['comment_field'] =
		'<p class="comment-form-field-textarea">
			<label for="comment">Lägg till kommentar<b class="required">&nbsp;*</b></label>
			<textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea>
		</p>';

	$defaults['submit_button'] = '<button type="submit" name="%1$s" id="%2$s" class="%3$s" value="%4$s">%4$s</button>';

	if (
		has_action('set_comment_cookies', 'wp_set_comment_cookies')
		&&
		get_option('show_comments_cookies_opt_in')
		&&
		! is_user_logged_in()
	) {
		$consent = empty($commenter['comment_author_email']) ? '' : ' checked="checked"';

		$defaults['comment_notes_after'] .= '<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes"' . $consent . '>'
			. '<label for="wp-comment-cookies-consent">Spara mitt namn, min e-postadress och webbplats i denna webbläsare till nästa gång jag skriver en kommentar.</label></p>';
	}

	return $defaults;
}, 5);

add_filter('comment_form_fields', function ($fields) {
	if (! isset($fields['comment'])) {
		return $fields;
	}

	$comment_field = $fields['comment'];
	unset($fields['comment']);

	$commenter = wp_get_current_commenter();
	$req = get_option('require_name_email');
	$aria_req = ($req ? " required='required'" : '');

	$fields['author'] =
		'<p class="comment-form-field-input-author">
			<label for="author">Namn ' . ($req ? '<b class="required">&nbsp;*</b>' : '') . '</label>
			<input id="author" name="author" type="text" value="' . esc_attr($commenter['comment_author']) . '" size="30"' . $aria_req . '>
			</p>';

	$fields['email'] =
		'<p class="comment-form-field-input-email">
				<label for="email">E-post ' . ($req ? '<b class="required">&nbsp;*</b>' : '') . '</label>
				<input id="email" name="email" type="text" value="' . esc_attr($commenter['comment_author_email']) . '" size="30"' . $aria_req . '>
			</p>';

	$fields['url'] =
		'<p class="comment-form-field-input-url">
				<label for="url">Webbplats</label>
				<input id="url" name="url" type="text" value="' . esc_attr($commenter['comment_author_url']) . '" size="30">
				</p>';

	$fields['cookies'] = '';

	// Blocksy moves the textarea after the name/e-mail/website inputs.
	$fields['comment'] = $comment_field;

	return $fields;
});

/**
 * Comment view – blocksy_custom_comment_template().
 * The <li> is closed by the end-callback given to wp_list_comments().
 */
function blocka_comment($comment, $args, $depth) {
	$post_author_email = (string) get_the_author_meta('email', (int) get_post_field('post_author', $comment->comment_post_ID));
	$is_by_author = $post_author_email !== '' && $post_author_email === $comment->comment_author_email;

	$has_avatar = (
		0 !== intval($args['avatar_size'])
		&&
		get_comment_type($comment) === 'comment'
		&&
		get_option('show_avatars', 1)
	);

	$class = '';

	if ($has_avatar) {
		$class = 'ct-has-avatar';
	}

	if ($is_by_author) {
		$class .= ' ct-author-comment';
	}

	$author_link = get_comment_author_link($comment);

	if (strpos($author_link, '<a ') === 0) {
		$author_link = '<a itemprop="url" ' . substr($author_link, 3);
	}

	?>

	<li id="comment-<?php comment_ID(); ?>" <?php comment_class(trim($class), $comment); ?>>
		<article
			class="ct-comment-inner"
			id="ct-comment-inner-<?php comment_ID(); ?>"
			<?php echo blocka_schema('comment'); ?>>

			<footer class="ct-comment-meta">
				<?php
					if ($has_avatar) {
						echo blocka_avatar($comment, intval($args['avatar_size']), [
							'tag_name' => 'figure',
							'class' => 'ct-media-container',
							'alt' => $comment->comment_author,
						]);
					}
				?>

				<h4 class="ct-comment-author" <?php echo blocka_schema('author'); ?>>
					<cite <?php echo blocka_schema('author_name'); ?>><?php echo $author_link; ?></cite>
				</h4>

				<div class="ct-comment-meta-data">
					<a href="<?php echo esc_attr(get_comment_link($comment)); ?>"><time datetime="<?php echo esc_attr(get_comment_time('c')); ?>" <?php echo blocka_schema('publish_date'); ?>><?php
						echo wp_kses_post(sprintf('%1$s / %2$s', get_comment_date('', $comment), get_comment_time()));
					?></time></a>

					<?php edit_comment_link('Redigera', '  ', ''); ?>

					<?php
					comment_reply_link(
						array_merge(
							$args,
							[
								'add_below' => 'ct-comment-inner',
								'reply_text' => 'Svara',
								'reply_to_text' => 'Svar till %s',
								'depth' => $depth,
								'max_depth' => $args['max_depth'],
							]
						),
						$comment
					);
					?>
				</div>
			</footer>


			<div class="ct-comment-content entry-content is-layout-flow" <?php echo blocka_schema('entry_content'); ?>>
				<?php comment_text($comment); ?>

				<?php if ('0' === $comment->comment_approved) : ?>
					<em class="ct-awaiting-moderation">
						Din kommentar väntar på granskning.
					</em>
				<?php endif; ?>
			</div>

		</article>
	<?php
}

function blocka_comment_end() {
	echo '</li>';
}
