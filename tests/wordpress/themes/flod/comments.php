<?php
/**
 * Kommentarer.
 *
 * @package Flod
 */

// Lösenordsskyddade artiklar: inga kommentarer förrän lösenordet angetts.
if ( post_password_required() ) {
	return;
}

$flod_count = (int) get_comments_number();
?>
<section id="comments" class="comments-area flod-comments">

	<?php if ( have_comments() ) : ?>
		<h2 class="comments-title">
			Kommentarer <span class="flod-count">(<?php echo (int) $flod_count; ?>)</span>
		</h2>

		<ol class="comment-list flod-comment-list">
			<?php
			wp_list_comments(
				array(
					'style'       => 'ol',
					'callback'    => 'flod_comment',
					'short_ping'  => true,
					'avatar_size' => 48,
				)
			);
			?>
		</ol>

		<?php
		if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) :
			?>
			<nav class="flod-comment-pager comment-navigation" aria-label="Kommentarssidor">
				<span class="screen-reader-text">Fler kommentarer</span>
				<?php
				paginate_comments_links(
					array(
						'prev_text' => '&laquo; Föregående',
						'next_text' => 'Nästa &raquo;',
						'mid_size'  => 2,
					)
				);
				?>
			</nav>
			<?php
		endif;
	endif;

	if ( ! comments_open() && post_type_supports( get_post_type(), 'comments' ) ) :
		?>
		<p class="no-comments flod-comments-closed">Kommentarsfältet är stängt för den här artikeln.</p>
		<?php
	endif;

	$flod_commenter = wp_get_current_commenter();
	$flod_req       = get_option( 'require_name_email' );
	$flod_req_mark  = $flod_req ? ' <span class="required">*</span>' : '';
	$flod_req_attr  = $flod_req ? ' required' : '';

	comment_form(
		array(
			'title_reply'          => 'Skriv en kommentar',
			/* translators: %s: namn på den som besvaras */
			'title_reply_to'       => 'Svara %s',
			'title_reply_before'   => '<h3 id="reply-title" class="comment-reply-title">',
			'title_reply_after'    => '</h3>',
			'cancel_reply_link'    => 'Avbryt svar',
			'label_submit'         => 'Publicera kommentar',
			'class_submit'         => 'submit flod-btn',
			'class_form'           => 'comment-form flod-comment-form',
			'comment_notes_before' => '<p class="comment-notes">Din e-postadress publiceras inte. Obligatoriska fält är märkta med *. Kommentarer granskas innan de publiceras.</p>',
			'logged_in_as'         => sprintf(
				'<p class="logged-in-as">Inloggad som %1$s. <a href="%2$s">Logga ut?</a></p>',
				esc_html( wp_get_current_user()->display_name ),
				esc_url( wp_logout_url( apply_filters( 'the_permalink', get_permalink() ) ) )
			),
			'comment_field'        => '<p class="comment-form-comment"><label for="comment">Kommentar <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="6" maxlength="65525" required></textarea></p>',
			'fields'               => array(
				'author' => '<p class="comment-form-author"><label for="author">Namn' . $flod_req_mark . '</label><input id="author" name="author" type="text" value="' . esc_attr( $flod_commenter['comment_author'] ) . '" size="30" maxlength="245" autocomplete="name"' . $flod_req_attr . ' /></p>',
				'email'  => '<p class="comment-form-email"><label for="email">E-post' . $flod_req_mark . '</label><input id="email" name="email" type="email" value="' . esc_attr( $flod_commenter['comment_author_email'] ) . '" size="30" maxlength="100" autocomplete="email"' . $flod_req_attr . ' /></p>',
				'url'    => '<p class="comment-form-url"><label for="url">Webbplats</label><input id="url" name="url" type="url" value="' . esc_attr( $flod_commenter['comment_author_url'] ) . '" size="30" maxlength="200" autocomplete="url" /></p>',
			),
		)
	);
	?>
</section>
