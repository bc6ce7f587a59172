<?php
/**
 * Sidfot: webbplatsens h-card och "Drivs med WordPress".
 *
 * @package Indie
 */
?>
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<?php if ( is_active_sidebar( 'footer-1' ) ) : ?>
			<aside class="footer-widgets" aria-label="<?php esc_attr_e( 'Sidfot', 'indie' ); ?>">
				<?php dynamic_sidebar( 'footer-1' ); ?>
			</aside>
		<?php endif; ?>

		<?php indie_site_hcard( 'footer' ); ?>

		<p class="site-info">
			<?php
			printf(
				/* translators: %s: länk till WordPress. */
				esc_html__( 'Drivs med %s', 'indie' ),
				'<a href="' . esc_url( __( 'https://sv.wordpress.org/', 'indie' ) ) . '">WordPress</a>'
			);
			?>
		</p>
	</footer>
</div><!-- #page -->

<?php wp_footer(); ?>
</body>
</html>
