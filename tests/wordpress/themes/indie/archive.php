<?php
/**
 * Arkiv (kategori, etikett, författare, datum, format) som h-feed.
 *
 * @package Indie
 */

get_header();
?>

<main id="main" class="site-main h-feed">
	<?php if ( have_posts() ) : ?>
		<header class="feed-header">
			<?php
			the_archive_title( '<h1 class="p-name feed-title">', '</h1>' );
			the_archive_description( '<div class="p-summary feed-description">', '</div>' );
			?>
		</header>

		<?php
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
