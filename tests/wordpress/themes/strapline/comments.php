<?php
/**
 * The template for displaying comments
 *
 * The area of the page that contains both current comments
 * and the comment form.
 *
 * @package Strapline
 */

defined( 'ABSPATH' ) || exit;

/*
 * If the current post is protected by a password and
 * the visitor has not yet entered the password we will
 * return early without loading the comments.
 */
if ( post_password_required() ) {
	return;
}

// Pingbacks and trackbacks of this comment page, listed above the comments.
$strapline_by_type = separate_comments( $comments );
?>

<div class="comments-area mt-5" id="comments">

	<?php if ( have_comments() ) : ?>

		<h2 class="comments-title h4 mb-4">
			<?php
			$strapline_comment_count = get_comments_number();
			if ( '1' === (string) $strapline_comment_count ) {
				printf(
					/* translators: %s: post title */
					esc_html__( 'En kommentar till &ldquo;%s&rdquo;', 'strapline' ),
					'<span>' . wp_kses_post( get_the_title() ) . '</span>'
				);
			} else {
				printf(
					/* translators: 1: number of comments, 2: post title */
					esc_html__( '%1$s kommentarer till &ldquo;%2$s&rdquo;', 'strapline' ),
					esc_html( number_format_i18n( $strapline_comment_count ) ),
					'<span>' . wp_kses_post( get_the_title() ) . '</span>'
				);
			}
			?>
		</h2><!-- .comments-title -->

		<?php if ( ! empty( $strapline_by_type['pings'] ) ) : ?>
			<div class="pings-area mb-4" id="pings">
				<h3 class="pings-title h6 text-uppercase text-muted"><?php esc_html_e( 'Pingbacks och trackbacks', 'strapline' ); ?></h3>
				<ul class="list-group ping-list">
					<?php
					wp_list_comments(
						array(
							'type'       => 'pings',
							'style'      => 'ul',
							'short_ping' => true,
							'walker'     => new Strapline_Comment_Walker(),
						)
					);
					?>
				</ul>
			</div><!-- #pings -->
		<?php endif; ?>

		<?php if ( ! empty( $strapline_by_type['comment'] ) ) : ?>
			<ul class="comment-list list-unstyled">
				<?php
				wp_list_comments(
					array(
						'type'        => 'comment',
						'style'       => 'ul',
						'short_ping'  => true,
						'avatar_size' => 48,
						'walker'      => new Strapline_Comment_Walker(),
					)
				);
				?>
			</ul><!-- .comment-list -->
		<?php endif; ?>

		<?php strapline_comments_pagination(); ?>

	<?php endif; // End of if have_comments(). ?>

	<?php if ( ! comments_open() && ( is_singular( 'post' ) || get_comments_number() ) && post_type_supports( get_post_type(), 'comments' ) ) : ?>

		<p class="no-comments alert alert-secondary"><?php esc_html_e( 'Kommentarerna är stängda.', 'strapline' ); ?></p>

	<?php endif; ?>

	<?php comment_form(); // Render comments form. ?>

</div><!-- #comments -->
