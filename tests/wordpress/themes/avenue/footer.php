<?php
/**
 * Footer template (Avada footer.php + templates/footer-content.php).
 *
 * @package avenue
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit( 'Direct script access denied.' );
}
?>
				</div>  <!-- fusion-row -->
			</main>  <!-- #main -->

			<div class="fusion-footer">
				<footer class="fusion-footer-widget-area fusion-widget-area">
					<div class="fusion-row">
						<div class="fusion-columns fusion-columns-4 fusion-widget-area">
							<?php for ( $avenue_col = 1; $avenue_col <= 4; $avenue_col++ ) : ?>
								<div class="fusion-column<?php echo ( 4 === $avenue_col ) ? ' fusion-column-last' : ''; ?> col-lg-3 col-md-3 col-sm-3">
									<?php avenue_footer_column( $avenue_col ); ?>
								</div>
							<?php endfor; ?>

							<div class="fusion-clearfix"></div>
						</div> <!-- fusion-columns -->
					</div> <!-- fusion-row -->
				</footer> <!-- fusion-footer-widget-area -->

				<footer id="footer" class="fusion-footer-copyright-area">
					<div class="fusion-row">
						<div class="fusion-copyright-content">

							<div class="fusion-copyright-notice">
								<div>
									© Copyright 2012 - <?php echo esc_html( wp_date( 'Y' ) ); ?>   |   <?php echo esc_html( AVENUE_COMPANY ); ?>   |   Alla rättigheter förbehållna   |   <a href="<?php echo esc_url( home_url( '/integritetspolicy/' ) ); ?>">Integritetspolicy</a>
								</div>
							</div>
							<div class="fusion-social-links-footer">
								<div class="fusion-social-networks"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" style data-placement="top" data-title="Facebook" data-toggle="tooltip" title="Facebook" href="https://www.facebook.com/bostadsbolaget" target="_blank" rel="noreferrer"><span class="screen-reader-text">Facebook</span></a><a class="fusion-social-network-icon fusion-tooltip fusion-linkedin awb-icon-linkedin" style data-placement="top" data-title="LinkedIn" data-toggle="tooltip" title="LinkedIn" href="https://www.linkedin.com/company/bostadsbolaget" target="_blank" rel="noopener noreferrer"><span class="screen-reader-text">LinkedIn</span></a></div></div>
							</div>

						</div> <!-- fusion-fusion-copyright-content -->
					</div> <!-- fusion-row -->
				</footer> <!-- #footer -->
			</div> <!-- fusion-footer -->

			<div class="fusion-sliding-bar-wrapper">
			</div>

		</div> <!-- wrapper -->
	</div> <!-- #boxed-wrapper -->
	<div class="fusion-top-frame"></div>
	<div class="fusion-bottom-frame"></div>
	<div class="fusion-boxed-shadow"></div>
	<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Sidladdningslänk</a>

	<div class="avada-footer-scripts">
		<?php wp_footer(); ?>
		<div class="to-top-container to-top-right">
			<a href="#" id="toTop" class="fusion-top-top-link">
				<span class="screen-reader-text">Gå till toppen</span>
			</a>
		</div>
	</div>
</body>
</html>
