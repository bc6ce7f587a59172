<?php
/**
 * Sökresultat som h-feed.
 *
 * @package Indie
 */

get_header();
?>

<main id="main" class="site-main h-feed">
	<header class="feed-header">
		<h1 class="p-name feed-title">
			<?php
			printf(
				/* translators: %s: sökfrågan. */
				esc_html__( 'Sökresultat för ”%s”', 'indie' ),
				esc_html( get_search_query() )
			);
			?>
		</h1>
		<?php get_search_form(); ?>
	</header>

	<?php
	if ( have_posts() ) :
		while ( have_posts() ) :
			the_post();
			get_template_part( 'template-parts/content' );
		endwhile;

		indie_posts_navigation();
	else :
		get_template_part( 'template-parts/content', 'none' );
	endif;
	?>
</main>

<?php
get_footer();
