<?php
/**
 * Single posts and pages – like Blocksy's template-parts/single.php plus
 * blocksy_single_content() and blocksy_display_page_elements().
 *
 * Layout: no sidebar, "narrow" page structure, hero type-1 inside the
 * article, featured image above the hero, related posts and comments
 * "separated" (outside the article, after the content container).
 *
 * @package blocka
 */

if (have_posts()) {
	the_post();
}

$blocka_is_post = get_post_type() === 'post';

?>

	<div
		class="ct-container-full"
		data-content="narrow"
		data-vertical-spacing="top:bottom">

		<article
			id="post-<?php the_ID(); ?>"
			<?php post_class(); ?>>

			<?php
				echo blocka_featured_image();

				echo blocka_output_hero_section('type-1');
			?>

			<div class="entry-content is-layout-constrained">
				<?php
					the_content(
						sprintf(
							'Fortsätt läsa<span class="screen-reader-text"> "%s"</span>',
							get_the_title()
						)
					);
				?>
			</div>

			<?php
				wp_link_pages(
					[
						'before' => '<div class="page-links is-width-constrained"><span class="post-pages-label">Sidor</span>',
						'after' => '</div>',
					]
				);

				if ($blocka_is_post) {
					echo blocka_post_tags();

					echo blocka_share_box('bottom');

					echo blocka_author_box();

					echo blocka_post_navigation();

					echo blocka_newsletter_box();
				}
			?>

		</article>

	</div>

<?php

if ($blocka_is_post) {
	echo blocka_related_posts();
}

if (comments_open() || get_comments_number()) {
	echo '<div class="ct-comments-container">';
	echo '<div class="ct-container-narrow">';

	comments_template();

	echo '</div>';
	echo '</div>';
}
