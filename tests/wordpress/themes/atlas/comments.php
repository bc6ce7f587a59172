<?php
/**
 * Comments: heading, threaded list (theme callback atlas_comment()),
 * pagination, "closed" notice and the comment form.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/*
 * Password-protected posts: nothing until the visitor has entered the password.
 */
if ( post_password_required() ) {
	return;
}

$atlas_comment_count = (int) get_comments_number();
?>
<div id="comments" class="comments-area atlas-comments-area">
	<?php do_action( 'atlas_comments_before' ); ?>

	<?php if ( have_comments() ) : ?>

		<h2 class="comments-title atlas-section-title atlas-comments-title">
			<?php
			printf(
				/* translators: 1: number of comments, 2: post title. */
				esc_html( _n( '%1$s tanke om ”%2$s”', '%1$s tankar om ”%2$s”', $atlas_comment_count, 'atlas' ) ),
				esc_html( number_format_i18n( $atlas_comment_count ) ),
				'<span class="atlas-comments-post-title">' . wp_kses_post( get_the_title() ) . '</span>'
			);
			?>
		</h2>

		<?php atlas_comments_pagination( 'above' ); ?>

		<ol class="comment-list atlas-comment-list">
			<?php
			wp_list_comments(
				array(
					'callback'    => 'atlas_comment',
					'style'       => 'ol',
					'avatar_size' => 56,
					'short_ping'  => true,
				)
			);
			?>
		</ol><!-- .comment-list -->

		<?php atlas_comments_pagination( 'below' ); ?>

	<?php endif; ?>

	<?php if ( ! comments_open() ) : ?>
		<p class="no-comments atlas-comments-closed"><?php atlas_icon( 'lock', 16 ); ?><?php esc_html_e( 'Kommentarer är stängda.', 'atlas' ); ?></p>
	<?php endif; ?>

	<?php comment_form( atlas_comment_form_args() ); ?>

	<?php do_action( 'atlas_comments_after' ); ?>
</div><!-- #comments -->
