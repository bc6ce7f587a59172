	</div><!-- /main -->

	<div id="footer">
		<?php if ( is_active_sidebar( 'sidebar-2' ) ) : ?>
		<div id="footer-widgets" class="clearfix">
			<?php dynamic_sidebar( 'sidebar-2' ); ?>
		</div>
		<?php endif; ?>
		<p>
			&copy; <?php echo date( 'Y' ); ?> <a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>.
			<?php _e( 'Drivs med', 'almanacka' ); ?> <a href="http://sv.wordpress.org/">WordPress</a>
			&middot; <a href="<?php bloginfo( 'rss2_url' ); ?>"><?php _e( 'Inlägg (RSS)', 'almanacka' ); ?></a>
			&middot; <a href="<?php bloginfo( 'comments_rss2_url' ); ?>"><?php _e( 'Kommentarer (RSS)', 'almanacka' ); ?></a>
		</p>
		<!-- <?php echo get_num_queries(); ?> frågor. <?php timer_stop( 1 ); ?> sekunder. -->
	</div><!-- /footer -->

</div><!-- /wrapper -->
<?php wp_footer(); ?>
</body>
</html>
