<?php
/**
 * The template for displaying Comments.
 *
 * The area of the page that contains both current comments
 * and the comment form. The actual display of comments is
 * handled by a callback to generate_comment() in inc/comments.php.
 *
 * @package gpress
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
<div id="comments">

	<?php
	do_action( 'generate_inside_comments' );

	if ( have_comments() ) :
		$comments_number = get_comments_number();
		?>
		<h3 class="comments-title">
			<?php
			if ( '1' === (string) $comments_number ) {
				/* translators: %s: post title */
				printf( esc_html__( 'En tanke om &rdquo;%s&rdquo;', 'gpress' ), get_the_title() ); // phpcs:ignore
			} else {
				printf(
					/* translators: 1: number of comments, 2: post title */
					esc_html__( '%1$s tankar om &rdquo;%2$s&rdquo;', 'gpress' ),
					number_format_i18n( $comments_number ), // phpcs:ignore
					get_the_title() // phpcs:ignore
				);
			}
			?>
		</h3>

		<?php
		do_action( 'generate_below_comments_title' );

		if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) :
			?>
			<nav id="comment-nav-above" class="comment-navigation" role="navigation">
				<h2 class="screen-reader-text"><?php esc_html_e( 'Kommentarsnavigering', 'gpress' ); ?></h2>
				<div class="nav-previous"><?php previous_comments_link( __( '&larr; Äldre kommentarer', 'gpress' ) ); ?></div>
				<div class="nav-next"><?php next_comments_link( __( 'Nyare kommentarer &rarr;', 'gpress' ) ); ?></div>
			</nav>
		<?php endif; ?>

		<ol class="comment-list">
			<?php
			/*
			 * Loop through and list the comments. Tell wp_list_comments()
			 * to use generate_comment() to format the comments.
			 */
			wp_list_comments(
				array(
					'callback' => 'generate_comment',
				)
			);
			?>
		</ol>

		<?php
		if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) :
			?>
			<nav id="comment-nav-below" class="comment-navigation" role="navigation">
				<h2 class="screen-reader-text"><?php esc_html_e( 'Kommentarsnavigering', 'gpress' ); ?></h2>
				<div class="nav-previous"><?php previous_comments_link( __( '&larr; Äldre kommentarer', 'gpress' ) ); ?></div>
				<div class="nav-next"><?php next_comments_link( __( 'Nyare kommentarer &rarr;', 'gpress' ) ); ?></div>
			</nav>
			<?php
		endif;

	endif;

	// If comments are closed and there are comments, let's leave a little note, shall we?
	if ( ! comments_open() && '0' != get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) : // phpcs:ignore
		?>
		<p class="no-comments"><?php esc_html_e( 'Kommentarer är stängda.', 'gpress' ); ?></p>
		<?php
	endif;

	comment_form();
	?>

</div>
