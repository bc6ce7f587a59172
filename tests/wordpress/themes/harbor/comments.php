<?php
/**
 * Comments section: list of responses and the reply form.
 *
 * @package Harbor
 */

/*
 * Nothing is shown for password-protected posts until the visitor
 * has entered the password.
 */
if ( post_password_required() ) {
	return;
}
?>

<section id="comments" class="harbor-discussion">

	<?php if ( have_comments() ) : ?>

		<h2 class="harbor-discussion__title">
			<?php
			$harbor_comment_count = (int) get_comments_number();
			printf(
				/* translators: %s: number of comments. */
				esc_html( _n( '%s response', '%s responses', $harbor_comment_count, 'harbor' ) ),
				'<span class="harbor-discussion__count">' . esc_html( number_format_i18n( $harbor_comment_count ) ) . '</span>'
			);
			?>
		</h2>

		<ol class="harbor-comment-list">
			<?php
			wp_list_comments(
				array(
					'callback'    => 'harbor_comment',
					'style'       => 'ol',
					'avatar_size' => 56,
				)
			);
			?>
		</ol>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
			<nav class="harbor-comment-pager" aria-label="<?php esc_attr_e( 'Comment pages', 'harbor' ); ?>">
				<?php
				paginate_comments_links(
					array(
						'prev_text' => '<span aria-hidden="true">&larr;</span> ' . esc_html__( 'Older comments', 'harbor' ),
						'next_text' => esc_html__( 'Newer comments', 'harbor' ) . ' <span aria-hidden="true">&rarr;</span>',
					)
				);
				?>
			</nav>
		<?php endif; ?>

		<?php if ( ! comments_open() ) : ?>
			<p class="harbor-discussion__closed"><?php esc_html_e( 'Comments are closed.', 'harbor' ); ?></p>
		<?php endif; ?>

	<?php endif; ?>

	<?php
	comment_form(
		array(
			'class_container'    => 'harbor-respond',
			'class_form'         => 'harbor-comment-form',
			'title_reply'        => esc_html__( 'Join the conversation', 'harbor' ),
			/* translators: %s: name of the comment author being replied to. */
			'title_reply_to'     => esc_html__( 'Reply to %s', 'harbor' ),
			'title_reply_before' => '<h2 id="reply-title" class="harbor-respond__title">',
			'title_reply_after'  => '</h2>',
			'cancel_reply_link'  => esc_html__( 'Cancel reply', 'harbor' ),
			'label_submit'       => esc_html__( 'Post comment', 'harbor' ),
			'class_submit'       => 'submit harbor-button',
		)
	);
	?>

</section>
