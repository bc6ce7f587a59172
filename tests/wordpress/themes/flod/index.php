<?php
/**
 * Startsida / fallback-lista.
 *
 * @package Flod
 */

get_header();
?>
<div class="flod-container flod-layout">
	<main id="primary" class="site-main flod-listing">
		<?php if ( is_home() && ! is_front_page() ) : ?>
			<header class="flod-archive-header">
				<h1 class="page-title"><?php single_post_title(); ?></h1>
			</header>
		<?php elseif ( is_home() ) : ?>
			<h1 class="screen-reader-text">Senaste nyheterna</h1>
		<?php endif; ?>

		<?php if ( have_posts() ) : ?>
			<div class="flod-grid">
				<?php
				$flod_i = 0;
				while ( have_posts() ) :
					the_post();
					// Förstasidan: första artikeln på sida 1 blir toppnyhet.
					$flod_lead = ( 0 === $flod_i && is_home() && ! is_paged() );
					get_template_part( 'template-parts/content', 'card', array( 'flod_lead' => $flod_lead ) );
					$flod_i++;
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
