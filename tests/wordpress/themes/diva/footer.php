			<footer id="main-footer">
				<?php get_sidebar( 'footer' ); ?>

				<?php if ( has_nav_menu( 'footer-menu' ) ) : ?>
					<div id="et-footer-nav">
						<div class="container">
							<?php
							wp_nav_menu( array(
								'theme_location' => 'footer-menu',
								'depth'          => '1',
								'menu_class'     => 'bottom-nav',
								'container'      => '',
								'fallback_cb'    => '',
							) );
							?>
						</div>
					</div> <!-- #et-footer-nav -->
				<?php endif; ?>

				<div id="footer-bottom">
					<div class="container clearfix">
						<div id="footer-info">Designad av <a href="<?php echo esc_url( home_url( '/' ) ); ?>" title="<?php echo esc_attr( get_bloginfo( 'name' ) ); ?>">Diva Themes</a> | Drivs med <a href="https://wordpress.org/">WordPress</a></div>
					</div> <!-- .container -->
				</div>
			</footer> <!-- #main-footer -->
		</div> <!-- #et-main-area -->

	</div> <!-- #page-container -->

	<?php wp_footer(); ?>
</body>
</html>
