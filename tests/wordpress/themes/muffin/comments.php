<?php
/**
 * The template for displaying Comments.
 *
 * @package Betheme
 * @author Muffin group
 */
?>
<div id="comments">
	<?php if ( post_password_required() ) : ?>
		<p class="nopassword">Det här inlägget är lösenordsskyddat. Ange lösenordet för att se kommentarerna.</p>
	</div><!-- #comments -->
	<?php
		return;
	endif;
	?>

	<?php if ( have_comments() ) : ?>

		<h4 id="comments-title">
			<?php
			$mfn_count = (int) get_comments_number();
			if ( 1 === $mfn_count ) {
				echo 'En kommentar';
			} else {
				echo esc_html( number_format_i18n( $mfn_count ) ) . ' kommentarer';
			}
			?>
		</h4>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : // are there comments to navigate through ?>
		<nav id="comment-nav-above">
			<h1 class="assistive-text">Kommentarsnavigering</h1>
			<div class="nav-previous"><?php previous_comments_link( '&larr; Äldre kommentarer' ); ?></div>
			<div class="nav-next"><?php next_comments_link( 'Nyare kommentarer &rarr;' ); ?></div>
		</nav>
		<?php endif; // check for comment navigation ?>

		<ol class="commentlist">
			<?php wp_list_comments(); ?>
		</ol>

		<?php if ( get_comment_pages_count() > 1 && get_option( 'page_comments' ) ) : // are there comments to navigate through ?>
		<nav id="comment-nav-below">
			<h1 class="assistive-text">Kommentarsnavigering</h1>
			<div class="nav-previous"><?php previous_comments_link( '&larr; Äldre kommentarer' ); ?></div>
			<div class="nav-next"><?php next_comments_link( 'Nyare kommentarer &rarr;' ); ?></div>
		</nav>
		<?php endif; // check for comment navigation ?>

	<?php elseif ( ! comments_open() && ! is_page() && post_type_supports( get_post_type(), 'comments' ) ) : ?>

		<p class="nocomments">Kommentarer är stängda.</p>

	<?php endif; ?>

	<?php comment_form( mfn_comment_form_args() ); ?>

</div><!-- #comments -->
