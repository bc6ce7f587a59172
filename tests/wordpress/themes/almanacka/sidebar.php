	<div id="sidebar">
		<ul>
		<?php if ( ! dynamic_sidebar( 'sidebar-1' ) ) : ?>

			<li class="widget widget_search">
				<?php get_search_form(); ?>
			</li>

			<li class="widget widget_recent_entries">
				<h2 class="widgettitle"><?php _e( 'Senaste inläggen', 'almanacka' ); ?></h2>
				<ul>
					<?php wp_get_archives( 'type=postbypost&limit=5' ); ?>
				</ul>
			</li>

			<li class="widget widget_categories">
				<h2 class="widgettitle"><?php _e( 'Kategorier', 'almanacka' ); ?></h2>
				<ul>
					<?php wp_list_categories( 'show_count=1&title_li=' ); ?>
				</ul>
			</li>

			<li class="widget widget_archive">
				<h2 class="widgettitle"><?php _e( 'Arkiv', 'almanacka' ); ?></h2>
				<ul>
					<?php wp_get_archives( 'type=monthly' ); ?>
				</ul>
			</li>

			<li class="widget widget_meta">
				<h2 class="widgettitle"><?php _e( 'Meta', 'almanacka' ); ?></h2>
				<ul>
					<?php wp_register(); ?>
					<li><?php wp_loginout(); ?></li>
					<?php wp_meta(); ?>
				</ul>
			</li>

		<?php endif; ?>
		</ul>
	</div><!-- /sidebar -->
