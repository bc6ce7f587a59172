<?php
/**
 * Arkiv: kategori, etikett, författare, datum.
 *
 * @package Flod
 */

get_header();

if ( is_category() ) {
	$flod_label = 'Kategori';
} elseif ( is_tag() ) {
	$flod_label = 'Ämne';
} elseif ( is_author() ) {
	$flod_label = 'Skribent';
} elseif ( is_year() || is_month() || is_day() ) {
	$flod_label = 'Arkiv';
} else {
	$flod_label = 'Arkiv';
}
?>
<div class="flod-container flod-layout">
	<main id="primary" class="site-main flod-listing">
		<header class="flod-archive-header page-header">
			<span class="flod-archive-label"><?php echo esc_html( $flod_label ); ?></span>
			<?php
			the_archive_title( '<h1 class="page-title">', '</h1>' );
			the_archive_description( '<div class="archive-description">', '</div>' );
			?>
		</header>

		<?php if ( have_posts() ) : ?>
			<div class="flod-grid">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'template-parts/content', 'card' );
				endwhile;
				?>
			</div>
			<?php flod_pagination(); ?>
		<?php else : ?>
			<?php get_template_part( 'template-parts/content', 'none' ); ?>
		<?php endif; ?>
	</main>

	<?php get_sidebar(); ?>
</div>
<?php
get_footer();
