<?php
/**
 * Sökresultat.
 *
 * @package Flod
 */

get_header();
?>
<div class="flod-container flod-layout">
	<main id="primary" class="site-main flod-listing">
		<header class="flod-archive-header page-header">
			<span class="flod-archive-label">Sök</span>
			<h1 class="page-title">Sökresultat för: <span class="flod-search-term"><?php echo esc_html( get_search_query() ); ?></span></h1>
			<?php if ( have_posts() ) : ?>
				<p class="flod-search-count">
					<?php
					$flod_found = (int) $wp_query->found_posts;
					printf( 1 === $flod_found ? '%d träff' : '%d träffar', (int) $flod_found );
					?>
				</p>
			<?php endif; ?>
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
