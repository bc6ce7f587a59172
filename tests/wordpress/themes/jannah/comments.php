<?php
/**
 * The template for displaying comments
 */

defined( 'ABSPATH' ) || exit; // Exit if accessed directly

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

	<?php
	if ( have_comments() ) :

		$comments_number = (int) get_comments_number();
		?>

		<div id="comments-box" class="container-wrapper">

			<div class="block-head">
				<h3 id="comments-title" class="the-global-title">
					<?php
						if ( 1 === $comments_number ) {
							echo 'En kommentar';
						} else {
							printf( '%s kommentarer', number_format_i18n( $comments_number ) );
						}
					?>
				</h3>
			</div><!-- .block-head /-->

			<ol class="comment-list">
				<?php
					wp_list_comments( array(
						'style'       => 'ol',
						'short_ping'  => true,
						'avatar_size' => 65,
					) );
				?>
			</ol><!-- .comment-list -->

			<?php
				the_comments_navigation( array(
					'prev_text'          => 'Äldre kommentarer',
					'next_text'          => 'Nyare kommentarer',
					'screen_reader_text' => 'Kommentarsnavigering',
				) );
			?>

		</div><!-- #comments-box -->

		<?php
	endif; // Check for have_comments().

	// If comments are closed and there are comments, let's leave a little note, shall we?
	if ( ! comments_open() && get_comments_number() && post_type_supports( get_post_type(), 'comments' ) ) :
		?>
		<p class="no-comments">Kommentarer är stängda.</p>
		<?php
	endif;

	comment_form( tie_comment_form_args() );
	?>

</div><!-- #comments -->
