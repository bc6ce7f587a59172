<?php
/**
 * Site footer.
 *
 * @package Meridian
 */

?>
		</div><!-- .mrd-content-sidebar-wrap -->
	</div><!-- .mrd-site-inner -->

	<footer class="mrd-site-footer" itemscope itemtype="https://schema.org/WPFooter">
		<div class="mrd-wrap">
			<p class="mrd-site-footer__copyright">
				&copy; <span itemprop="copyrightYear"><?php echo esc_html( wp_date( 'Y' ) ); ?></span>
				<span itemprop="copyrightHolder"><?php bloginfo( 'name' ); ?></span>
				&middot;
				<?php
				printf(
					/* translators: %s: WordPress link. */
					esc_html__( 'Drivs med %s', 'meridian' ),
					'<a href="' . esc_url( __( 'https://sv.wordpress.org/', 'meridian' ) ) . '">WordPress</a>'
				);
				?>
			</p>
		</div>
	</footer>
</div><!-- .mrd-site-container -->
<?php wp_footer(); ?>
</body>
</html>
