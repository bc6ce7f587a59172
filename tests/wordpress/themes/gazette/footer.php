<?php
/**
 * Site footer: widget columns (with fallback), copyright, footer menu.
 *
 * @package Gazette
 */

?>
	</div><!-- #content -->

	<footer id="colophon" class="gz-footer">
		<div class="gz-container">
			<div class="gz-footer__widgets">
				<?php
				$gazette_footer_active = is_active_sidebar( 'footer-1' ) || is_active_sidebar( 'footer-2' ) || is_active_sidebar( 'footer-3' );

				if ( $gazette_footer_active ) :
					for ( $gazette_col = 1; $gazette_col <= 3; $gazette_col++ ) :
						?>
						<div class="gz-footer__col">
							<?php
							if ( is_active_sidebar( 'footer-' . $gazette_col ) ) {
								dynamic_sidebar( 'footer-' . $gazette_col );
							}
							?>
						</div>
						<?php
					endfor;
				else :
					?>
					<div class="gz-footer__col">
						<section class="gz-widget gz-widget--about">
							<h2 class="gz-widget__title"><?php bloginfo( 'name' ); ?></h2>
							<?php $gazette_tagline = get_bloginfo( 'description', 'display' ); ?>
							<?php if ( $gazette_tagline ) : ?>
								<p><?php echo esc_html( $gazette_tagline ); ?></p>
							<?php endif; ?>
							<p><a href="<?php echo esc_url( get_bloginfo( 'rss2_url' ) ); ?>"><?php esc_html_e( 'Prenumerera via RSS', 'gazette' ); ?></a></p>
						</section>
					</div>

					<div class="gz-footer__col">
						<section class="gz-widget gz-widget--latest">
							<h2 class="gz-widget__title"><?php esc_html_e( 'Senaste inläggen', 'gazette' ); ?></h2>
							<?php
							gazette_post_list(
								get_posts(
									array(
										'numberposts' => 5,
										'post_type'   => 'post',
										'post_status' => 'publish',
									)
								),
								false
							);
							?>
						</section>
					</div>

					<div class="gz-footer__col">
						<section class="gz-widget gz-widget--tags">
							<h2 class="gz-widget__title"><?php esc_html_e( 'Etiketter', 'gazette' ); ?></h2>
							<div class="gz-tagcloud tagcloud">
								<?php
								wp_tag_cloud(
									array(
										'smallest' => 12,
										'largest'  => 18,
										'unit'     => 'px',
										'number'   => 30,
										'orderby'  => 'count',
										'order'    => 'DESC',
									)
								);
								?>
							</div>
						</section>
					</div>
				<?php endif; ?>
			</div>
		</div>

		<div class="gz-footer__bottom">
			<div class="gz-container">
				<p class="gz-footer__copy">
					&copy; <?php echo esc_html( date_i18n( 'Y' ) ); ?>
					<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>.
					<?php esc_html_e( 'Alla rättigheter förbehållna.', 'gazette' ); ?>
				</p>
				<?php
				if ( has_nav_menu( 'footer' ) ) {
					wp_nav_menu(
						array(
							'theme_location' => 'footer',
							'menu_class'     => 'gz-footer-menu',
							'container'      => 'nav',
							'container_aria_label' => __( 'Sidfotsmeny', 'gazette' ),
							'depth'          => 1,
							'fallback_cb'    => false,
						)
					);
				}
				?>
			</div>
		</div>
	</footer>
</div><!-- #page -->

<?php wp_footer(); ?>
</body>
</html>
