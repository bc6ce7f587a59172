<?php
/**
 * Right sidebar. If the admin has placed widgets, print them; otherwise print
 * the widget set this blog runs (about box, search, latest/popular posts,
 * newsletter, categories, recent comments, archives, tag cloud).
 *
 * @package solid
 */


?>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-center pcsb-boxed-whole pciconp-right pcicon-right penci-sticky-sidebar">
	<div class="theiaStickySidebar">
		<?php if ( is_active_sidebar( 'main-sidebar' ) ) : ?>
			<?php dynamic_sidebar( 'main-sidebar' ); ?>
		<?php else : ?>

			<aside id="penci_about_widget-2" class="widget penci_about_widget">
				<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Om bloggen</span></h3>
				<div class="about-widget pc_aligncenter">
					<img class="penci-widget-about-image holder-square penci-lazy" src="<?php echo esc_url( get_template_directory_uri() . '/images/penci2-holder.png' ); ?>" data-src="<?php echo esc_url( get_template_directory_uri() . '/images/vd.jpg' ); ?>" alt="Om bloggen" style="border-radius: 50%; -webkit-border-radius: 50%;"/>
					<h2 class="about-me-heading">VD-bloggen</h2>
					<p>Här skriver vår vd om bostäder, hyresgäster, renoveringar och stadens utveckling. Tankar från vardagen i ett allmännyttigt bostadsbolag – ibland allvarliga, ibland med glimten i ögat.</p>
				</div>
			</aside>

			<aside id="search-2" class="widget widget_search">
				<?php get_search_form(); ?>
			</aside>

			<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget">
				<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Senaste inläggen</span></h3>
				<?php solid_side_newsfeed( array( 'posts_per_page' => 5 ), 'penci-latestwg-2' ); ?>
			</aside>

			<aside id="penci_mailchimp_widget-2" class="widget penci_mailchimp_widget">
				<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Nyhetsbrev</span></h3>
				<div class="widget-social pc_aligncenter mailchimp-form-1">
					<script>(function() {
						window.mc4wp = window.mc4wp || { listeners: [], forms: { on: function(evt, cb) { window.mc4wp.listeners.push({ event: evt, callback: cb }); } } }
					})();</script>
					<form id="mc4wp-form-1" class="mc4wp-form mc4wp-form-512" method="post" data-id="512" data-name="Nyhetsbrev">
						<div class="mc4wp-form-fields">
							<p class="mdes">Prenumerera på nyhetsbrevet och få nya inlägg direkt i inkorgen. Vi skickar aldrig reklam.</p>
							<p class="mname"><input type="text" name="NAME" placeholder="Namn..." /></p>
							<p class="memail"><input type="email" id="mc4wp_email" name="EMAIL" placeholder="E-postadress..." required /></p>
							<p class="msubmit"><input type="submit" value="Prenumerera" /></p>
						</div>
						<label style="display: none !important;">Lämna detta fält tomt om du är människa: <input type="text" name="_mc4wp_honeypot" value="" tabindex="-1" autocomplete="off" /></label>
						<input type="hidden" name="_mc4wp_timestamp" value="<?php echo (int) time(); ?>" />
						<input type="hidden" name="_mc4wp_form_id" value="512" />
						<input type="hidden" name="_mc4wp_form_element_id" value="mc4wp-form-1" />
						<div class="mc4wp-response"></div>
					</form>
				</div>
			</aside>

			<aside id="penci_popular_news_widget-2" class="widget penci_popular_news_widget">
				<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Mest lästa</span></h3>
				<?php
				solid_side_newsfeed(
					array(
						'posts_per_page' => 4,
						'orderby'        => 'comment_count',
						'order'          => 'DESC',
					),
					'penci-popularwg-2'
				);
				?>
			</aside>

			<?php
			the_widget(
				'WP_Widget_Categories',
				array(
					'title' => 'Kategorier',
					'count' => 1,
				),
				solid_widget_args( 'categories-2' )
			);
			the_widget(
				'WP_Widget_Recent_Comments',
				array(
					'title'  => 'Senaste kommentarer',
					'number' => 5,
				),
				solid_widget_args( 'recent-comments-2' )
			);
			the_widget(
				'WP_Widget_Archives',
				array(
					'title'    => 'Arkiv',
					'count'    => 0,
					'dropdown' => 0,
				),
				solid_widget_args( 'archives-2' )
			);
			the_widget(
				'WP_Widget_Tag_Cloud',
				array(
					'title'    => 'Etiketter',
					'taxonomy' => 'post_tag',
				),
				solid_widget_args( 'tag_cloud-2' )
			);
			?>
		<?php endif; ?>
	</div>
</div>
