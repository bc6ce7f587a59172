<?php
/**
 * Site footer. Closes the layout opened in header.php.
 *
 * @package Harbor
 */

?>
		</div><!-- .harbor-layout -->
	</div><!-- #content -->

	<footer id="colophon" class="harbor-footer">
		<?php if ( is_active_sidebar( 'footer-1' ) || is_active_sidebar( 'footer-2' ) ) : ?>
			<div class="harbor-container harbor-footer__widgets">
				<?php if ( is_active_sidebar( 'footer-1' ) ) : ?>
					<div class="harbor-footer__column">
						<?php dynamic_sidebar( 'footer-1' ); ?>
					</div>
				<?php endif; ?>
				<?php if ( is_active_sidebar( 'footer-2' ) ) : ?>
					<div class="harbor-footer__column">
						<?php dynamic_sidebar( 'footer-2' ); ?>
					</div>
				<?php endif; ?>
			</div>
		<?php endif; ?>

		<div class="harbor-footer__bar">
			<div class="harbor-container harbor-footer__bar-inner">
				<p class="harbor-footer__copy">
					&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?>
					<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php echo esc_html( get_bloginfo( 'name' ) ); ?></a>
					<span class="harbor-footer__sep" aria-hidden="true">&middot;</span>
					<?php
					printf(
						/* translators: %s: WordPress. */
						esc_html__( 'Powered by %s', 'harbor' ),
						'<a href="' . esc_url( __( 'https://wordpress.org/', 'harbor' ) ) . '">WordPress</a>'
					);
					?>
				</p>
				<?php
				if ( has_nav_menu( 'footer' ) ) {
					wp_nav_menu(
						array(
							'theme_location' => 'footer',
							'menu_class'     => 'harbor-footer-menu',
							'container'      => 'nav',
							'container_class' => 'harbor-footer__nav',
							'container_aria_label' => esc_attr__( 'Footer', 'harbor' ),
							'depth'          => 1,
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
