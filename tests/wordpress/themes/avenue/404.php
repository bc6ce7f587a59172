<?php
/**
 * 404 (Avada 404.php).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
<?php get_header(); ?>
<section id="content" class="full-width">
	<div id="post-404page">
		<div class="post-content">
			<?php avenue_title_template( 'Hoppsan, sidan kunde inte hittas!', '1' ); ?>
			<div class="fusion-clearfix"></div>
			<div class="error-page">
				<div class="fusion-columns fusion-columns-3">
					<div class="fusion-column col-lg-4 col-md-4 col-sm-4 fusion-error-page-404">
						<div class="error-message">404</div>
					</div>
					<div class="fusion-column col-lg-4 col-md-4 col-sm-4 useful-links fusion-error-page-useful-links">
						<h3>Användbara sidor</h3>
						<ul class="error-menu">
							<li><a href="<?php echo esc_url( home_url( '/' ) ); ?>">Hem</a></li>
							<?php wp_list_pages( array( 'title_li' => '', 'depth' => 1 ) ); ?>
						</ul>
					</div>
					<div class="fusion-column col-lg-4 col-md-4 col-sm-4 fusion-error-page-search">
						<h3>Sök på vår webbplats</h3>
						<p>Hittar du inte det du letar efter? Gör en sökning nedan!</p>
						<?php get_search_form(); ?>
					</div>
				</div>
			</div>
		</div>
	</div>
</section>
<?php get_footer(); ?>
