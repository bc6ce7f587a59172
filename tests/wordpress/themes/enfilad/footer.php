<?php
if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
				<div class='container_wrap footer_color' id='footer'>

					<div class='container'>

						<?php
						for ( $enfilad_col = 1; $enfilad_col <= 3; $enfilad_col++ ) {
							$enfilad_class = 1 === $enfilad_col ? 'first el_before_av_one_third' : ( 3 === $enfilad_col ? 'el_after_av_one_third' : 'el_after_av_one_third el_before_av_one_third' );
							echo "<div class='flex_column av_one_third  {$enfilad_class}'>";
							if ( is_active_sidebar( 'av_footer_' . $enfilad_col ) ) {
								dynamic_sidebar( 'av_footer_' . $enfilad_col );
							} else {
								echo enfilad_default_footer_column( $enfilad_col ); // phpcs:ignore
							}
							echo '</div>';
						}
						?>

					</div>

				<!-- ####### END FOOTER CONTAINER ####### -->
				</div>

	

			

				<footer class='container_wrap socket_color' id='socket' <?php echo enfilad_markup( 'footer' ); ?>>
                    <div class='container'>

                        <span class='copyright'>&copy; Copyright - <?php echo esc_html( get_bloginfo( 'name' ) ); ?> - <a rel='nofollow' href='https://kriesi.at'>Enfold Theme by Kriesi</a></span>

                        <ul class='noLightbox social_bookmarks icon_count_3'><li class='social_bookmarks_facebook av-social-link-facebook social_icon_1'><a target="_blank" aria-label="Länk till Facebook" href='https://www.facebook.com/' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='Facebook' rel="noopener"><span class='avia_hidden_link_text'>Facebook</span></a></li><li class='social_bookmarks_instagram av-social-link-instagram social_icon_2'><a target="_blank" aria-label="Länk till Instagram" href='https://www.instagram.com/' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='Instagram' rel="noopener"><span class='avia_hidden_link_text'>Instagram</span></a></li><li class='social_bookmarks_linkedin av-social-link-linkedin social_icon_3'><a target="_blank" aria-label="Länk till LinkedIn" href='https://www.linkedin.com/' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='LinkedIn' rel="noopener"><span class='avia_hidden_link_text'>LinkedIn</span></a></li></ul><nav class='sub_menu_socket' <?php echo enfilad_markup( 'nav' ); ?>><?php
							wp_nav_menu(
								array(
									'theme_location'  => 'avia3',
									'menu_id'         => 'avia3-menu',
									'container'       => 'div',
									'container_class' => 'avia3-menu',
									'items_wrap'      => '<ul role="menu" class="%2$s" id="%1$s">%3$s</ul>',
									'fallback_cb'     => 'enfilad_socket_menu_fallback',
									'depth'           => 1,
								)
							);
							?></nav>
                    </div>

	            <!-- ####### END SOCKET CONTAINER ####### -->
				</footer>


					<!-- end main -->
		</div>

		<?php
		// display link to previous and next entry
		echo enfilad_post_nav(); // phpcs:ignore
		?>
<!-- end wrap_all --></div>

<a href='#top' title='Scrolla till toppen' id='scroll-top-link' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello' tabindex='-1'><span class="avia_hidden_link_text">Scrolla till toppen</span></a>

<div id="fb-root"></div>

<?php wp_footer(); ?>
</body>
</html>
