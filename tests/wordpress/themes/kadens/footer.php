<?php
/**
 * Sidfot.
 *
 * @package kadens
 */

defined( 'ABSPATH' ) || exit;
?>
	</div><!-- #inner-wrap -->
	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="site-footer-wrap">
			<?php if ( is_active_sidebar( 'footer1' ) ) : ?>
				<div class="site-middle-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard">
					<div class="site-container">
						<div class="footer-widget-area widget-area site-footer-focus-item footer-widget1 content-align-default">
							<div class="footer-widget-area-inner site-info-inner">
								<?php dynamic_sidebar( 'footer1' ); ?>
							</div>
						</div>
					</div>
				</div>
			<?php endif; ?>
			<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard" data-section="kadence_customizer_footer_bottom">
				<div class="site-container">
					<?php
					if ( has_nav_menu( 'footer' ) ) {
						wp_nav_menu(
							array(
								'theme_location' => 'footer',
								'menu_id'        => 'footer-menu',
								'container'      => 'nav',
								'container_class' => 'footer-navigation',
								'depth'          => 1,
							)
						);
					}
					?>
					<div class="footer-html inner-link-style-normal">
						<div class="footer-html-inner">
							<p>&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?> &ndash; Tema av Byrån Kadens</p>
						</div>
					</div>
				</div>
			</div>
		</div>
	</footer><!-- #colophon -->
</div><!-- #wrapper -->

<?php wp_footer(); ?>
</body>
</html>
