<?php
/**
 * Listing pages – like Blocksy's template-parts/archive.php.
 *
 * type-2 hero (author pages) goes above the container, type-1 hero
 * (categories, tags, dates, search) goes inside <section>. The blog home
 * has no hero at all (Blocksy default).
 *
 * @package blocka
 */

echo blocka_output_hero_section('type-2');

$blocka_section_class = '';

if (! have_posts()) {
	$blocka_section_class = 'class="ct-no-results"';
}

?>

<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
	<section <?php echo $blocka_section_class; ?>>
		<?php
			echo blocka_output_hero_section('type-1');

			blocka_render_archive_cards();
		?>
	</section>

	<?php get_sidebar(); ?>
</div>
