<?php if ( flatsome_option( 'blog_badge' ) ) : ?>
<div class="badge absolute top post-date badge-<?php echo esc_attr( flatsome_option( 'blog_badge_style' ) ); ?>">
	<div class="badge-inner">
		<span class="post-date-day"><?php echo esc_html( get_the_time( 'd', get_the_ID() ) ); ?></span><br>
		<span class="post-date-month is-xsmall"><?php echo esc_html( get_the_time( 'M', get_the_ID() ) ); ?></span>
	</div>
</div>
<?php endif; ?>
