<?php
/**
 * The template for displaying comments (Flatsome's comments.php).
 *
 * @package flatso
 */

/*
 * If the current post is protected by a password and the visitor has not
 * yet entered the password we will return early without loading the comments.
 */
if ( post_password_required() ) {
	return;
}
?>

<?php do_action( 'flatsome_before_comments' ); ?>

<div id="comments" class="comments-area">

	<?php if ( have_comments() ) : ?>
		<h3 class="comments-title uppercase">
			<?php
			$flatso_count = (int) get_comments_number();
			printf(
				esc_html( 1 === $flatso_count ? 'En tanke om ”%2$s”' : '%1$s tankar om ”%2$s”' ),
				esc_html( number_format_i18n( $flatso_count ) ),
				'<span>' . get_the_title() . '</span>' // phpcs:ignore
			);
			?>
		</h3>

		<ol class="comment-list">
			<?php
			wp_list_comments(
				array(
					'callback' => 'flatsome_comment',
				)
			);
			?>
		</ol>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
		<nav id="comment-nav-below" class="navigation comment-navigation" role="navigation">
			<h2 class="screen-reader-text">Kommentarsnavigering</h2>
			<div class="nav-links nex-prev-nav">
				<div class="nav-previous"><?php previous_comments_link( 'Äldre kommentarer' ); ?></div>
				<div class="nav-next"><?php next_comments_link( 'Nyare kommentarer' ); ?></div>
			</div>
		</nav>
		<?php endif; ?>

	<?php endif; ?>

	<?php
	if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) :
		?>
		<p class="no-comments">Kommentarer är stängda.</p>
	<?php endif; ?>

	<?php comment_form( flatso_comment_form_args() ); ?>

</div>
