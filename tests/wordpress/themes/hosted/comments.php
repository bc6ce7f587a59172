<?php
/**
 * The template for displaying comments.
 *
 * @package Hosted
 */

/*
 * If the current post is protected by a password and
 * the visitor has not yet entered the password we will
 * return early without loading the comments.
 */
if ( post_password_required() ) {
	return;
}
?>

<div id="comments" class="comments-area">

	<?php if ( have_comments() ) : ?>
		<h2 class="comments-title">
			<?php
			$hosted_comment_count = (int) get_comments_number();
			if ( 1 === $hosted_comment_count ) {
				printf(
					/* translators: %s: post title */
					esc_html__( 'En tanke om ”%s”', 'hosted' ),
					'<span>' . wp_kses_post( get_the_title() ) . '</span>' // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				);
			} else {
				printf(
					/* translators: 1: comment count number, 2: post title. */
					esc_html__( '%1$s tankar om ”%2$s”', 'hosted' ),
					esc_html( number_format_i18n( $hosted_comment_count ) ),
					'<span>' . wp_kses_post( get_the_title() ) . '</span>' // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped
				);
			}
			?>
		</h2><!-- .comments-title -->

		<?php hosted_comment_navigation( 'above' ); ?>

		<ol class="comment-list">
			<?php
			wp_list_comments(
				array(
					'style'       => 'ol',
					'short_ping'  => true,
					'avatar_size' => 48,
					'callback'    => 'hosted_comment',
				)
			);
			?>
		</ol><!-- .comment-list -->

		<?php hosted_comment_navigation( 'below' ); ?>

	<?php endif; // Check for have_comments(). ?>

	<?php if ( ! comments_open() && post_type_supports( get_post_type(), 'comments' ) ) : ?>
		<p class="no-comments"><?php esc_html_e( 'Kommentarer är stängda.', 'hosted' ); ?></p>
	<?php endif; ?>

	<?php comment_form( hosted_comment_form_args() ); ?>

</div><!-- #comments -->
