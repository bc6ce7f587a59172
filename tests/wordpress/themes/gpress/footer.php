<?php
/**
 * The template for displaying the footer.
 *
 * @package gpress
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>

		</div>
	</div>

<div class="site-footer">
	<?php if ( is_active_sidebar( 'footer-1' ) || is_active_sidebar( 'footer-2' ) || is_active_sidebar( 'footer-3' ) ) : ?>
		<div id="footer-widgets" class="site footer-widgets">
			<div class="footer-widgets-container grid-container">
				<div class="inside-footer-widgets">
					<?php foreach ( array( 'footer-1', 'footer-2', 'footer-3' ) as $gpress_footer ) : ?>
						<div class="<?php echo esc_attr( $gpress_footer ); ?>">
							<?php dynamic_sidebar( $gpress_footer ); ?>
						</div>
					<?php endforeach; ?>
				</div>
			</div>
		</div>
	<?php endif; ?>
	<footer class="site-info" aria-label="<?php esc_attr_e( 'Webbplats', 'gpress' ); ?>" <?php generate_do_microdata( 'footer' ); ?>>
		<div class="inside-site-info grid-container">
			<div class="copyright-bar">
				<span class="copyright">&copy; <?php echo esc_html( date_i18n( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?></span> &bull; Org.nr 556000-0000 &bull; <a href="<?php echo esc_url( home_url( '/kontakt/' ) ); ?>">Kontakta oss</a>
			</div>
		</div>
	</footer>
</div>

<?php wp_footer(); ?>

</body>
</html>
