<?php
/**
 * Comments template.
 *
 * @package Gazette
 */

if ( post_password_required() ) {
	return;
}

$gazette_comment_count = (int) get_comments_number();
?>
<section id="comments" class="gz-comments comments-area">
	<?php if ( have_comments() ) : ?>
		<h2 class="gz-section-title gz-comments__title">
			<?php
			printf(
				/* translators: 1: number of comments, 2: post title. */
				esc_html( _n( '%1$s kommentar till ”%2$s”', '%1$s kommentarer till ”%2$s”', $gazette_comment_count, 'gazette' ) ),
				esc_html( number_format_i18n( $gazette_comment_count ) ),
				'<span>' . esc_html( wp_strip_all_tags( get_the_title() ) ) . '</span>'
			);
			?>
		</h2>

		<ol class="gz-comment-list">
			<?php
			wp_list_comments(
				array(
					'callback'    => 'gazette_comment',
					'style'       => 'ol',
					'avatar_size' => 56,
					'short_ping'  => true,
				)
			);
			?>
		</ol>

		<?php
		the_comments_pagination(
			array(
				'prev_text'          => esc_html__( '‹ Äldre kommentarer', 'gazette' ),
				'next_text'          => esc_html__( 'Nyare kommentarer ›', 'gazette' ),
				'screen_reader_text' => esc_html__( 'Kommentarsnavigering', 'gazette' ),
				'aria_label'         => esc_attr__( 'Kommentarer', 'gazette' ),
			)
		);
		?>
	<?php endif; ?>

	<?php if ( ! comments_open() && $gazette_comment_count > 0 && post_type_supports( get_post_type(), 'comments' ) ) : ?>
		<p class="gz-comments__closed"><?php esc_html_e( 'Kommentarsfältet är stängt.', 'gazette' ); ?></p>
	<?php endif; ?>

	<?php
	comment_form(
		array(
			'title_reply'        => esc_html__( 'Lämna en kommentar', 'gazette' ),
			/* translators: %s: author of the comment being replied to. */
			'title_reply_to'     => esc_html__( 'Svara %s', 'gazette' ),
			'title_reply_before' => '<h3 id="reply-title" class="comment-reply-title gz-section-title">',
			'title_reply_after'  => '</h3>',
			'cancel_reply_link'  => esc_html__( 'Avbryt svar', 'gazette' ),
			'label_submit'       => esc_html__( 'Publicera kommentar', 'gazette' ),
			'class_form'         => 'comment-form gz-comment-form',
			'class_submit'       => 'submit gz-button',
		)
	);
	?>
</section><!-- #comments -->
