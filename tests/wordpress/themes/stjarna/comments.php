<?php
/**
 * Kommentarer.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/*
 * If the current post is protected by a password and
 * the visitor has not yet entered the password we will
 * return early without loading the comments.
 */
if ( post_password_required() ) {
	return;
}

?>

<div id="comments" class="comments-area comment-form-position-below">

	<?php if ( have_comments() ) : ?>
		<div class="comments-count-wrapper">
			<h3 class="comments-title">
				<?php
				$stjarna_comments_title = apply_filters(
					'stjarna_comment_form_title',
					sprintf(
						/* translators: 1: number of comments, 2: post title */
						_nx( '%1$s tanke om ”%2$s”', '%1$s tankar om ”%2$s”', get_comments_number(), 'comments title', 'stjarna' ),
						number_format_i18n( get_comments_number() ),
						get_the_title()
					)
				);

				echo esc_html( $stjarna_comments_title );
				?>
			</h3>
		</div>

		<ol class="ast-comment-list">
			<?php
			wp_list_comments(
				array(
					'callback' => 'stjarna_theme_comment',
					'style'    => 'ol',
				)
			);
			?>
		</ol><!-- .ast-comment-list -->

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : ?>
		<nav id="comment-nav-below" class="navigation comment-navigation" aria-label="<?php echo esc_attr( stjarna_default_strings( 'string-comment-navigation-title', false ) ); ?>">
			<h3 class="screen-reader-text"><?php echo esc_html( stjarna_default_strings( 'string-comment-navigation-title', false ) ); ?></h3>
			<div class="nav-links">

				<div class="nav-previous"><?php previous_comments_link( stjarna_default_strings( 'string-comment-navigation-previous', false ) ); ?></div>
				<div class="nav-next"><?php next_comments_link( stjarna_default_strings( 'string-comment-navigation-next', false ) ); ?></div>

			</div><!-- .nav-links -->
		</nav><!-- #comment-nav-below -->
		<?php endif; ?>

	<?php endif; ?>

	<?php
	// If comments are closed and there are comments, let's leave a little note, shall we?
	if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) :
		?>
		<p class="no-comments"><?php echo esc_html( stjarna_default_strings( 'string-comment-closed', false ) ); ?></p>
	<?php endif; ?>

	<?php comment_form(); ?>

</div><!-- #comments -->
