<?php
/**
 * Sidfoten.
 *
 * @package ocean
 */
?>

			</main><!-- #main -->

			<footer id="footer" class="site-footer"<?php ocean_schema_markup( 'footer' ); ?> role="contentinfo">

				<div id="footer-inner" class="clr">

					<?php if ( is_active_sidebar( 'footer-one' ) || is_active_sidebar( 'footer-two' ) || is_active_sidebar( 'footer-three' ) || is_active_sidebar( 'footer-four' ) ) : ?>
						<div id="footer-widgets" class="oceanwp-row clr">
							<div class="footer-widgets-inner container">
								<?php
								$ocean_cols = array( 'footer-one', 'footer-two', 'footer-three', 'footer-four' );
								foreach ( $ocean_cols as $ocean_i => $ocean_col ) :
									?>
									<div class="footer-box span_1_of_4 col col-<?php echo (int) $ocean_i + 1; ?>">
										<?php dynamic_sidebar( $ocean_col ); ?>
									</div><!-- .footer-box -->
								<?php endforeach; ?>
							</div><!-- .container -->
						</div><!-- #footer-widgets -->
					<?php endif; ?>

					<div id="footer-bottom" class="clr no-footer-nav">
						<div id="footer-bottom-inner" class="container clr">
							<?php if ( has_nav_menu( 'footer_menu' ) ) : ?>
								<div id="footer-bottom-menu" class="navigation clr">
									<?php
									wp_nav_menu(
										array(
											'theme_location' => 'footer_menu',
											'container'      => false,
											'depth'          => 1,
											'fallback_cb'    => false,
										)
									);
									?>
								</div><!-- #footer-bottom-menu -->
							<?php endif; ?>
							<div id="copyright" class="clr" role="contentinfo">
								<?php
								/* translators: 1: år, 2: sajtens namn */
								printf( esc_html__( 'Copyright © %1$s %2$s', 'ocean' ), esc_html( wp_date( 'Y' ) ), esc_html( get_bloginfo( 'name' ) ) );
								?>
							</div><!-- #copyright -->
						</div><!-- #footer-bottom-inner -->
					</div><!-- #footer-bottom -->

				</div><!-- #footer-inner -->

			</footer><!-- #footer -->

		</div><!-- #wrap -->

	</div><!-- #outer-wrap -->

	<a aria-label="<?php esc_attr_e( 'Rulla till början av sidan', 'ocean' ); ?>" href="#" id="scroll-top" class="scroll-top-right"><?php ocean_icon( 'angle_up' ); ?></a>

<?php wp_footer(); ?>
</body>
</html>
