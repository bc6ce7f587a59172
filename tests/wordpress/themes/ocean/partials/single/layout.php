<?php
/**
 * Layout för enskilt inlägg. Ordningen motsvarar OceanWP:s standard:
 * utvald bild, rubrik, meta, innehåll, etiketter, nästa/föregående,
 * författarruta, relaterade inlägg, kommentarer.
 *
 * @package ocean
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

$ocean_sections = apply_filters(
	'ocean_blog_single_elements_positioning',
	array( 'featured_image', 'title', 'meta', 'content', 'tags', 'social_share', 'next_prev', 'author_box', 'related_posts', 'single_comments' )
);
?>

<article id="post-<?php the_ID(); ?>">

	<?php
	foreach ( $ocean_sections as $ocean_section ) {

		if ( 'featured_image' === $ocean_section ) {
			get_template_part( 'partials/single/media' );
		}

		if ( 'title' === $ocean_section ) {
			get_template_part( 'partials/single/header' );
		}

		if ( 'meta' === $ocean_section ) {
			get_template_part( 'partials/single/meta' );
		}

		if ( 'content' === $ocean_section ) {
			get_template_part( 'partials/single/content' );
		}

		if ( 'tags' === $ocean_section ) {
			get_template_part( 'partials/single/tags' );
		}

		if ( 'social_share' === $ocean_section ) {
			do_action( 'ocean_social_share' );
		}

		if ( 'next_prev' === $ocean_section ) {
			get_template_part( 'partials/single/next-prev' );
		}

		if ( 'author_box' === $ocean_section ) {
			get_template_part( 'partials/single/author-bio' );
		}

		if ( 'related_posts' === $ocean_section ) {
			get_template_part( 'partials/single/related-posts' );
		}

		if ( 'single_comments' === $ocean_section ) {
			comments_template();
		}
	}
	?>

</article>
