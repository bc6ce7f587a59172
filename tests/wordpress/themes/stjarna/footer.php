<?php
/**
 * Sidfot.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
			</div> <!-- ast-container -->
		</div><!-- #content -->

		<footer
			class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon"
		>
			<?php if ( is_active_sidebar( 'footer-widget-1' ) ) : ?>
				<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item" data-section="section-primary-footer-builder">
					<div class="ast-builder-grid-row-container-inner">
						<div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
							<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1">
								<aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="<?php esc_attr_e( 'Sidfot widget 1', 'stjarna' ); ?>">
									<?php dynamic_sidebar( 'footer-widget-1' ); ?>
								</aside>
							</div>
						</div>
					</div>
				</div>
			<?php endif; ?>
			<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder">
				<div class="ast-builder-grid-row-container-inner">
					<div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
						<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
							<?php if ( has_nav_menu( 'footer_menu' ) ) : ?>
								<div class="footer-widget-area widget-area site-footer-focus-item" data-section="section-footer-menu">
									<nav class="site-navigation ast-flex-grow-1 navigation-accessibility footer-navigation" id="footer-site-navigation" aria-label="<?php esc_attr_e( 'Sidfotsnavigering', 'stjarna' ); ?>" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope">
										<?php
										wp_nav_menu(
											array(
												'theme_location' => 'footer_menu',
												'menu_id'        => 'astra-footer-menu',
												'menu_class'     => 'ast-nav-menu ast-flex astra-footer-horizontal-menu',
												'container'      => false,
												'depth'          => 1,
											)
										);
										?>
									</nav>
								</div>
							<?php endif; ?>
							<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder">
								<div class="ast-footer-copyright"><p>Copyright &copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?> | <?php esc_html_e( 'Webbplats av', 'stjarna' ); ?> <a href="https://stjarnawebb.se/" rel="nofollow noopener" target="_blank">Stjärna Webbyrå</a></p>
								</div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</footer><!-- #colophon -->
	</div><!-- #page -->

<?php wp_footer(); ?>
	<div id="ast-scroll-top" tabindex="0" class="ast-scroll-top-icon ast-scroll-to-top-right" data-on-devices="both">
		<span class="screen-reader-text"><?php esc_html_e( 'Till toppen', 'stjarna' ); ?></span>
	</div>
	</body>
</html>
