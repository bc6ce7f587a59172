<?php
/**
 * The template for displaying comments – like Blocksy's comments.php.
 *
 * @package blocka
 */

if (post_password_required()) {
	return;
}

?>


<div class="ct-comments" id="comments">

	<?php if (have_comments()) : ?>
		<h3 class="ct-comments-title">
			<?php
				$blocka_count = (int) get_comments_number();

				if ($blocka_count === 1) {
					echo 'En kommentar';
				} else {
					echo esc_html($blocka_count . ' kommentarer');
				}
			?>
		</h3>
	<?php endif; ?>

	<?php if (have_comments()) : ?>
		<ol class="ct-comment-list">
			<?php
				wp_list_comments(
					[
						'short_ping' => true,
						'avatar_size' => 100,
						'callback' => 'blocka_comment',
						'end-callback' => 'blocka_comment_end',
					]
				);
			?>
		</ol>

		<?php
		if (get_comment_pages_count() > 1 && get_option('page_comments')) :
			?>
			<nav class="ct-comment-navigation-container">
				<h4 class="screen-reader-text section-heading">
				Kommentarsnavigering
				</h4>

				<div class="ct-comments-navigation">
					<span class="prev">
					<?php previous_comments_link('&larr; Äldre kommentarer'); ?>
					</span>

					<span class="next">
					<?php next_comments_link('Nyare kommentarer &rarr;'); ?>
					</span>
				</div>
			</nav>
		<?php endif; ?>

		<?php if (! comments_open() && get_comments_number()) : ?>
			<p class="no-comments">
				Kommentarer är stängda.
			</p>
		<?php endif; ?>

	<?php endif; ?>

	<?php comment_form(); ?>

</div>

