<?php
/**
 * Sidfot.
 *
 * @package Samtal
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
		</div><!-- #content -->
	</div><!-- #page -->

	<div class="site-footer">
		<footer class="site-info" aria-label="<?php esc_attr_e( 'Webbplats', 'samtal' ); ?>" itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
				<?php if ( is_active_sidebar( 'footer-bar' ) ) : ?>
					<div class="footer-bar">
						<?php dynamic_sidebar( 'footer-bar' ); ?>
					</div>
				<?php endif; ?>
				<div class="copyright-bar">
					<span class="copyright">&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php echo esc_html( get_bloginfo( 'name' ) ); ?></span> &bull; <?php esc_html_e( 'Byggt med temat Samtal', 'samtal' ); ?>
				</div>
			</div>
		</footer>
	</div>

	<a title="<?php esc_attr_e( 'Rulla tillbaka till toppen', 'samtal' ); ?>" aria-label="<?php esc_attr_e( 'Rulla tillbaka till toppen', 'samtal' ); ?>" rel="nofollow" href="#" class="samtal-back-to-top" data-scroll-speed="400" data-start-scroll="300"><?php echo samtal_get_svg_icon( 'arrow-up' ); // phpcs:ignore WordPress.Security.EscapeOutput ?></a>

	<?php wp_footer(); ?>
</body>
</html>
