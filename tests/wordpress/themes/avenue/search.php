<?php
/**
 * Search results (Avada search.php).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<?php get_header(); ?>
<section id="content" style="float: left;">
	<div class="search-page-search-form search-page-search-form-top">
		<h2 class="fusion-responsive-typography-calculated">Behöver du en ny sökning?</h2>
		<p>Om du inte hittade det du letade efter, prova en ny sökning!</p>
		<?php get_search_form(); ?>
	</div>

	<?php if ( have_posts() ) : ?>
		<?php get_template_part( 'templates/blog-layout' ); ?>
	<?php else : ?>
		<div class="post-content">
			<?php avenue_title_template( 'Vi hittade inte det du letade efter!', '2' ); ?>
			<div class="error-page">
				<div class="fusion-columns fusion-columns-3">
					<div class="fusion-column col-lg-4 col-md-4 col-sm-4">
						<h3>Användbara länkar</h3>
						<ul class="error-menu">
							<?php wp_list_pages( array( 'title_li' => '', 'depth' => 1 ) ); ?>
						</ul>
					</div>
					<div class="fusion-column col-lg-4 col-md-4 col-sm-4">
						<h3>Sök på vår webbplats</h3>
						<p>Hittar du inte det du letar efter? Gör en ny sökning med andra ord.</p>
						<?php get_search_form(); ?>
					</div>
				</div>
			</div>
		</div>
	<?php endif; ?>
</section>
<?php get_sidebar(); ?>
<?php get_footer(); ?>
