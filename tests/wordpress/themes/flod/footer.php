<?php
/**
 * Sidfot.
 *
 * @package Flod
 */
?>
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="flod-container">
			<?php if ( is_active_sidebar( 'footer-1' ) ) : ?>
				<div class="flod-footer-widgets">
					<?php dynamic_sidebar( 'footer-1' ); ?>
				</div>
			<?php endif; ?>

			<?php
			if ( has_nav_menu( 'footer' ) ) {
				wp_nav_menu(
					array(
						'theme_location'  => 'footer',
						'container'       => 'nav',
						'container_class' => 'flod-footer-nav',
						'depth'           => 1,
					)
				);
			}
			?>

			<div class="site-info">
				&copy; <?php echo esc_html( date_i18n( 'Y' ) ); ?> <a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>
				<span class="sep"> &middot; </span>
				Ansvarig utgivare: <?php bloginfo( 'name' ); ?>
				<span class="sep"> &middot; </span>
				Drivs med <a href="https://sv.wordpress.org/">WordPress</a> och temat Flod.
			</div>
		</div>
	</footer>
</div><!-- #page -->

<?php wp_footer(); ?>

</body>
</html>
